package org.resettlement.json.support;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A composite value type of the core, as its Immutables convention shapes it, found by reflection
 * on the public API once per type.
 *
 * <p>The convention: a public abstract class {@code X} in the core package with a nested public
 * {@code X.Builder} that has a public no-argument constructor and a {@code build()} method
 * returning {@code X}. The generated implementation {@code ImmutableX} is package-private; the
 * builder's methods are declared by its public nested {@code ImmutableX.Builder}.
 *
 * <p>An attribute is a public no-argument accessor of {@code X} that the builder can set under
 * the same name. That leaves out derived methods such as {@code openEnded()} or {@code
 * displayName()}, and builder helpers such as {@code from}, {@code addX} and {@code addAllX}.
 * Of the builder's overloads for an attribute, the one taking the accessor's own type is used:
 * {@code Optional} for optional attributes, {@code Iterable} for collections.
 *
 * <p>Attributes are in the order of the wire format, which {@link PropertyOrder} states for each
 * type: the order {@code X} declares them in. A type of the core whose attributes that list does not
 * name exactly is refused with an {@link IllegalStateException} when it is first inspected, rather
 * than written in an order nobody chose.
 */
public final class ValueType {
  private static final String BUILDER = "Builder";

  private static final ClassValue<Optional<ValueType>> TYPES =
      new ClassValue<>() {
        @Override
        protected Optional<ValueType> computeValue(Class<?> type) {
          return inspect(type);
        }
      };

  private final Class<?> type;
  private final Class<?> builder;
  private final List<Attribute> attributes;
  private final Map<String, Attribute> byName;

  private ValueType(Class<?> type, Class<?> builder, List<Attribute> attributes) {
    this.type = type;
    this.builder = builder;
    this.attributes = List.copyOf(attributes);
    Map<String, Attribute> names = new LinkedHashMap<>();
    for (Attribute attribute : attributes) {
      names.put(attribute.name(), attribute);
    }
    this.byName = Collections.unmodifiableMap(names);
  }

  //-----------------------------------------------------------------------
  /**
   * Finds the value type of a public abstract type of the core.
   *
   * @param type the class to look at
   * @return the value type, or empty if the class is not one
   */
  public static Optional<ValueType> of(Class<?> type) {
    return TYPES.get(type);
  }

  /**
   * Finds the value type that a builder builds: {@code X.Builder} or the generated {@code
   * ImmutableX.Builder} that declares its methods.
   *
   * @param builder the class to look at
   * @return the value type, or empty if the class is not such a builder
   */
  public static Optional<ValueType> ofBuilder(Class<?> builder) {
    Class<?> enclosing = builder.getEnclosingClass();
    if (enclosing == null || !builder.getSimpleName().equals(BUILDER)) {
      return Optional.empty();
    }
    Optional<ValueType> direct = of(enclosing);
    if (direct.isPresent()) {
      return direct;
    }
    return ofImplementation(enclosing);
  }

  /**
   * Finds the value type that a generated implementation implements.
   *
   * @param implementation the class to look at, such as {@code ImmutableEvent}
   * @return the value type, or empty if the class is not a proper subclass of one
   */
  public static Optional<ValueType> ofImplementation(Class<?> implementation) {
    Class<?> parent = implementation.getSuperclass();
    return parent == null ? Optional.empty() : of(parent);
  }

  /**
   * Reads the convention from a class of the core, each time it is called; {@link #of} keeps its
   * result for each class. The tests call this one, since a mutation tester swaps a changed version
   * of this class into a JVM where the kept results of the unchanged one would hide the change.
   */
  static Optional<ValueType> inspect(Class<?> type) {
    return CoreTypes.isCore(type) ? read(type, PropertyOrder.of(type)) : Optional.empty();
  }

  /**
   * Reads the convention from any class, of the core or not, so that the tests can show it on
   * classes of their own.
   *
   * @param type  the class to look at
   * @param order  the names of its attributes in the order to keep
   * @throws IllegalStateException if the class follows the convention but the order does not name
   *     exactly its attributes
   */
  static Optional<ValueType> read(Class<?> type, List<String> order) {
    if (type.isInterface()
        || !Modifier.isAbstract(type.getModifiers())
        || !Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    Class<?> builder = nestedBuilder(type);
    if (builder == null) {
      return Optional.empty();
    }
    Map<String, Attribute> found = new HashMap<>();
    for (Method accessor : type.getMethods()) {
      if (isAccessor(accessor)) {
        Method setter = setterFor(builder, accessor);
        if (setter != null) {
          found.put(accessor.getName(), new Attribute(type, accessor, setter));
        }
      }
    }
    return Optional.of(new ValueType(type, builder, inOrder(type, found, order)));
  }

  private static List<Attribute> inOrder(Class<?> type, Map<String, Attribute> found, List<String> order) {
    List<Attribute> ordered = new ArrayList<>();
    for (String name : order) {
      Attribute attribute = found.remove(name);
      if (attribute == null) {
        throw new IllegalStateException(
            "The wire-format order of " + type.getSimpleName() + " names " + name
                + ", which is not an attribute of it or is named twice");
      }
      ordered.add(attribute);
    }
    if (!found.isEmpty()) {
      throw new IllegalStateException(
          "The wire-format order of " + type.getSimpleName() + " leaves out its attributes "
              + new TreeSet<>(found.keySet()) + "; give them their place in PropertyOrder");
    }
    return ordered;
  }

  private static Class<?> nestedBuilder(Class<?> type) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals(BUILDER)
          && Modifier.isPublic(nested.getModifiers())
          && Modifier.isStatic(nested.getModifiers())
          && hasPublicNoArgumentConstructor(nested)
          && buildsType(nested, type)) {
        return nested;
      }
    }
    return null;
  }

  private static boolean hasPublicNoArgumentConstructor(Class<?> builder) {
    try {
      return Modifier.isPublic(builder.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean buildsType(Class<?> builder, Class<?> type) {
    try {
      return builder.getMethod("build").getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean isAccessor(Method method) {
    return method.getParameterCount() == 0
        && method.getReturnType() != void.class
        && !Modifier.isStatic(method.getModifiers())
        && method.getDeclaringClass() != Object.class;
  }

  private static Method setterFor(Class<?> builder, Method accessor) {
    Class<?> wanted = setterParameterType(accessor.getReturnType());
    for (Method candidate : builder.getMethods()) {
      if (candidate.getName().equals(accessor.getName())
          && candidate.getParameterCount() == 1
          && candidate.getParameterTypes()[0] == wanted
          && builder.isAssignableFrom(candidate.getReturnType())) {
        return candidate;
      }
    }
    return null;
  }

  private static Class<?> setterParameterType(Class<?> accessorType) {
    return Collection.class.isAssignableFrom(accessorType) ? Iterable.class : accessorType;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the public abstract type.
   *
   * @return the type, such as {@code Event.class}
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the public builder.
   *
   * @return the builder, such as {@code Event.Builder.class}
   */
  public Class<?> builder() {
    return builder;
  }

  /**
   * Returns the attributes in declaration order.
   *
   * @return the unmodifiable attributes
   */
  public List<Attribute> attributes() {
    return attributes;
  }

  /**
   * Finds the attribute that an accessor reads.
   *
   * @param accessor the method, declared by this type
   * @return the attribute, or empty if the method is not an attribute accessor
   */
  public Optional<Attribute> attributeReadBy(Method accessor) {
    Attribute attribute = byName.get(accessor.getName());
    return attribute != null && accessor.getParameterCount() == 0
        ? Optional.of(attribute)
        : Optional.empty();
  }

  /**
   * Finds the attribute that a builder method sets, if it is the overload JSON is read with.
   *
   * @param setter the builder method
   * @return the attribute, or empty for other builder methods
   */
  public Optional<Attribute> attributeSetBy(Method setter) {
    Attribute attribute = byName.get(setter.getName());
    return attribute != null && attribute.setter().equals(setter)
        ? Optional.of(attribute)
        : Optional.empty();
  }

  //-----------------------------------------------------------------------
  /** How an attribute is read and written. */
  public enum Kind {
    /** Must be present and not null. */
    REQUIRED,
    /** Has a default in the model (a {@code @Value.Default} accessor); null or absent keeps it. */
    DEFAULTED,
    /** An {@code Optional}: absent or null is empty. */
    OPTIONAL,
    /** A list: absent or null is empty; elements must not be null. */
    LIST,
    /** A set: as a list, and elements must not repeat. */
    SET
  }

  /** One attribute of a value type. */
  public static final class Attribute {
    private final Class<?> owner;
    private final Method accessor;
    private final Method setter;
    private final Kind kind;

    Attribute(Class<?> owner, Method accessor, Method setter) {
      this.owner = owner;
      this.accessor = accessor;
      this.setter = setter;
      this.kind = kindOf(accessor);
    }

    private static Kind kindOf(Method accessor) {
      Class<?> type = accessor.getReturnType();
      if (type == Optional.class) {
        return Kind.OPTIONAL;
      }
      if (Set.class.isAssignableFrom(type)) {
        return Kind.SET;
      }
      if (Collection.class.isAssignableFrom(type)) {
        return Kind.LIST;
      }
      return Modifier.isAbstract(accessor.getModifiers()) ? Kind.REQUIRED : Kind.DEFAULTED;
    }

    /**
     * Returns the type that declares the attribute.
     *
     * @return the public abstract type, not null
     */
    public Class<?> owner() {
      return owner;
    }

    /**
     * Returns the attribute's name, which is also its JSON property name.
     *
     * @return the accessor's name, such as {@code givenName}, not null
     */
    public String name() {
      return accessor.getName();
    }

    /**
     * Returns the accessor.
     *
     * @return the public no-argument method of the type, not null
     */
    public Method accessor() {
      return accessor;
    }

    /**
     * Returns the builder method JSON is read with.
     *
     * @return the builder's method of the attribute's name taking the accessor's type, not null
     */
    public Method setter() {
      return setter;
    }

    /**
     * Returns how the attribute is read and written.
     *
     * @return the kind, not null
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the type of the value itself: the element type of a collection, the content type
     * of an {@code Optional}, otherwise the accessor's type.
     *
     * @return the class of the value, not null
     */
    public Class<?> valueClass() {
      if (kind == Kind.REQUIRED || kind == Kind.DEFAULTED) {
        return accessor.getReturnType();
      }
      Type generic = accessor.getGenericReturnType();
      if (generic instanceof ParameterizedType) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (argument instanceof WildcardType) {
          argument = ((WildcardType) argument).getUpperBounds()[0];
        }
        if (argument instanceof Class<?>) {
          return (Class<?>) argument;
        }
        if (argument instanceof ParameterizedType) {
          return (Class<?>) ((ParameterizedType) argument).getRawType();
        }
      }
      return Object.class;
    }

    @Override
    public String toString() {
      return owner.getSimpleName() + "." + name();
    }
  }
}
