package org.resettlement.benchmarks.baseline;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The plain Hibernate Validator factory of the {@link RecordModel} baseline, configured like
 * {@code ResettlementValidation.newConfiguration()} except for the rules: no {@code
 * validation.xml}, no provider look-up, {@link ParameterMessageInterpolator}; the constraints are
 * the annotations on the records.
 */
public final class RecordValidation {
  private RecordValidation() {}

  /**
   * Builds a new factory.
   *
   * @return the factory, not null; the caller closes it
   */
  public static ValidatorFactory newValidatorFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }
}
