package org.resettlement.validation;

/**
 * The validation group of the structural rules: texts not blank and without control characters
 * or direction overrides, identifiers, acronyms, contact points, external identifiers, coordinates
 * and country codes well-formed, identifiers unique and references resolved.
 *
 * <p>Every rule belongs to the {@linkplain jakarta.validation.groups.Default default group}, so
 * that {@code validator.validate(dataset)} reports every problem at once. Validate with this
 * group alone to check only that data is well-formed and self-contained, leaving out the rules
 * that compare values with each other or with the calendar:
 *
 * <pre>{@code
 * Set<ConstraintViolation<Dataset>> violations = validator.validate(dataset, Structural.class);
 * }</pre>
 *
 * <p>{@link Rule#structural()} says which rules belong to this group.
 */
public interface Structural {}
