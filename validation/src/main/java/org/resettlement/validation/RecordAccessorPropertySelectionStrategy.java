package org.resettlement.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Tells Hibernate Validator that record-style accessors such as {@code name()} are properties, as
 * JavaBeans getters such as {@code getName()} are.
 *
 * <p>The model types of {@code resettlement-core} have accessors without a {@code get} prefix,
 * like Java records. Hibernate Validator's default strategy sees only JavaBeans getters, so the
 * constraint mappings of this module cannot name {@code Pledge.fulfilled()} without this
 * strategy. The rules:
 *
 * <ul>
 *   <li>A method with parameters, or returning {@code void}, is not a property.
 *   <li>{@code getX()}, and {@code isX()} or {@code hasX()} returning {@code boolean}, are the
 *       property {@code x}, as with the default strategy.
 *   <li>Any other method without parameters is a property of its own name, except {@code
 *       toString()}, {@code hashCode()}, {@code clone()} and the copy-and-build helpers {@code
 *       builder()}, {@code build()} and {@code toBuilder()}.
 * </ul>
 *
 * <p>The strategy applies to the whole validator factory. In a factory that also validates your
 * own beans, a parameterless method that carries a constraint annotation is then validated as a
 * property even without a {@code get} prefix; beans with constraints only on fields and getters
 * are not affected.
 *
 * <p>Register it with {@link ResettlementValidation#configure(
 * org.hibernate.validator.HibernateValidatorConfiguration)}, or by class name in the property
 * {@code hibernate.validator.getter_property_selection_strategy}; it has a public no-argument
 * constructor for that.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordAccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "clone", "builder", "build", "toBuilder");

  /** Creates the strategy; it has no state, so any instance will do. */
  public RecordAccessorPropertySelectionStrategy() {}

  /**
   * Returns the property a method reads, if it reads one.
   *
   * @param executable the method Hibernate Validator asks about, not null
   * @return the property name, or empty if the method is not an accessor
   * @throws NullPointerException if the executable is null
   */
  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    Objects.requireNonNull(executable, "executable");
    Class<?> type = executable.getReturnType();
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0 || type == void.class || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (hasPrefix(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (type == boolean.class && hasPrefix(name, "is")) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    if (type == boolean.class && hasPrefix(name, "has")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    return Optional.of(name);
  }

  /**
   * Returns the names a method reading a property may have, record-style first.
   *
   * @param propertyName the property, not null
   * @return the method names to look for, not null
   * @throws NullPointerException if the property name is null
   */
  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    Objects.requireNonNull(propertyName, "propertyName");
    String capitalized =
        propertyName.isEmpty()
            ? propertyName
            : propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized, "has" + capitalized);
  }

  private static boolean hasPrefix(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  // As java.beans.Introspector.decapitalize: "URL" stays "URL", "Name" becomes "name".
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
