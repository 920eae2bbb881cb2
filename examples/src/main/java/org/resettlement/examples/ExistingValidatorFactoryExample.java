package org.resettlement.examples;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.resettlement.validation.ResettlementValidation;

/** Adds the resettlement rules to a Hibernate Validator factory the application already builds. */
public final class ExistingValidatorFactoryExample {

  private ExistingValidatorFactoryExample() {}

  /**
   * Builds an application's own factory with the resettlement rules and messages added.
   *
   * @return the factory, not null; the caller closes it
   */
  public static ValidatorFactory applicationFactory() {
    // tag::existing-factory[]
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    // ... the application's own settings, here an interpolator that needs no Expression Language
    MessageInterpolator interpolator = new ParameterMessageInterpolator();
    ResettlementValidation.configure(configuration);                 // the rules
    configuration.messageInterpolator(                                // and their messages
        ResettlementValidation.messageInterpolator(interpolator));
    ValidatorFactory factory = configuration.buildValidatorFactory();
    // end::existing-factory[]
    return factory;
  }
}
