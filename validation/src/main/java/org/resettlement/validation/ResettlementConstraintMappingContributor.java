package org.resettlement.validation;

import java.util.Objects;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * Contributes the constraints of every {@link Rule} on the core types to a Hibernate Validator
 * factory.
 *
 * <p>Hibernate Validator does not find contributors with {@link java.util.ServiceLoader}. Register
 * this one either by class name, with the property {@value
 * org.hibernate.validator.HibernateValidatorConfiguration#CONSTRAINT_MAPPING_CONTRIBUTORS} (in
 * {@code validation.xml}, or with {@code Configuration.addProperty}), or programmatically with
 * {@link ResettlementValidation#configure(org.hibernate.validator.HibernateValidatorConfiguration)}.
 * Either way the factory also needs the {@link RecordAccessorPropertySelectionStrategy}, whose
 * property is {@value
 * org.hibernate.validator.HibernateValidatorConfiguration#GETTER_PROPERTY_SELECTION_STRATEGY_CLASSNAME}:
 *
 * <pre>{@code
 * hibernate.validator.constraint_mapping_contributors=org.resettlement.validation.ResettlementConstraintMappingContributor
 * hibernate.validator.getter_property_selection_strategy=org.resettlement.validation.RecordAccessorPropertySelectionStrategy
 * }</pre>
 *
 * <p>Without the strategy, building the factory fails because the record-style accessors, such
 * as {@code Pledge.fulfilled()}, are not properties.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResettlementConstraintMappingContributor implements ConstraintMappingContributor {

  /** Creates the contributor; Hibernate Validator calls this when it is registered by name. */
  public ResettlementConstraintMappingContributor() {}

  /**
   * Adds one constraint mapping with every rule.
   *
   * @param builder the builder of the factory being configured, not null
   * @throws NullPointerException if the builder is null
   */
  @Override
  public void createConstraintMappings(ConstraintMappingBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    RuleMappings.addTo(builder.addConstraintMapping());
  }
}
