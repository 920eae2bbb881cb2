/**
 * Business rules for Resettlement data, as Bean Validation constraints checked by Hibernate
 * Validator.
 *
 * <p>{@link org.resettlement.validation.ResettlementValidation} gives a shared validator and adds
 * the rules to factories of your own; {@link org.resettlement.validation.Rule} is the catalogue of
 * rules; {@link org.resettlement.validation.Structural} and {@link
 * org.resettlement.validation.Severity} say which rules run in which group and which are
 * warnings; {@link org.resettlement.validation.ValidationReport} splits the violations of one
 * validation into errors and warnings.
 *
 * <p>A {@code null} argument to any method here is a programming error: a {@link
 * NullPointerException} whose message is the parameter's name, as the null policy in the package
 * documentation of {@code org.resettlement.core} says.
 */
package org.resettlement.validation;
