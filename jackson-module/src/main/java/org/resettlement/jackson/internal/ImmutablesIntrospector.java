package org.resettlement.jackson.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.resettlement.core.DimensionKey;
import org.resettlement.json.support.SchemaVersion;
import org.resettlement.json.support.ValueType.Attribute;
import org.resettlement.json.support.ValueType.Kind;
import org.resettlement.json.support.ValueType;

/**
 * Binds the core's composite value types to JSON by their Immutables convention (see {@link
 * ValueType}), without any annotation in the core and without code per type.
 *
 * <ul>
 *   <li>Writing goes through the public abstract type, whatever the generated class of the
 *       value: only its attributes are properties, in declaration order, each written with the
 *       serializer of its declared type.
 *   <li>Reading goes through the public nested {@code Builder}: only the overload of each
 *       attribute that takes the accessor's own type is a property; helpers such as {@code from},
 *       {@code addX} and {@code addAllX} are not properties at all, so JSON that names them is
 *       rejected as unknown, not silently ignored.
 *   <li>Absent optionals and empty collections are left out; {@code false} is left out for
 *       attributes with a default; everything else is always written.
 *   <li>{@code null} is refused for required attributes, is empty for optionals and collections,
 *       and keeps the model's default for defaulted attributes. Collections refuse null elements,
 *       and sets refuse repeated ones.
 * </ul>
 *
 * <p>Every other type is left to the introspectors behind this one.
 */
public final class ImmutablesIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private static final JsonPOJOBuilder.Value BUILDER_CONFIG = new JsonPOJOBuilder.Value("build", "");
  private static final JsonFormat.Value TEXT_FORMAT =
      JsonFormat.Value.forShape(JsonFormat.Shape.STRING).withLenient(Boolean.FALSE);

  /** Creates the introspector. */
  public ImmutablesIntrospector() {}

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  //-----------------------------------------------------------------------
  // Which members are properties

  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(
      AnnotatedClass annotated, VisibilityChecker<?> checker) {
    Class<?> type = annotated.getRawType();
    if (ValueType.of(type).isPresent() || ValueType.ofBuilder(type).isPresent()) {
      // Nothing is found by naming patterns: getX()/isX() methods are not attributes.
      return checker.with(Visibility.NONE);
    }
    return checker;
  }

  @Override
  public PropertyName findNameForSerialization(Annotated annotated) {
    return readAttribute(annotated).map(attribute -> PropertyName.construct(attribute.name())).orElse(null);
  }

  @Override
  public PropertyName findNameForDeserialization(Annotated annotated) {
    return setAttribute(annotated).map(attribute -> PropertyName.construct(attribute.name())).orElse(null);
  }

  @Override
  public String[] findSerializationPropertyOrder(AnnotatedClass annotated) {
    return ValueType.of(annotated.getRawType())
        .map(value -> value.attributes().stream().map(Attribute::name).toArray(String[]::new))
        .orElse(null);
  }

  @Override
  public Boolean findSerializationSortAlphabetically(Annotated annotated) {
    Class<?> type = annotated.getRawType();
    // The declaration order is the wire format's, whatever the mapper's default.
    return ValueType.of(type).isPresent() ? Boolean.FALSE : null;
  }

  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass annotated) {
    return ValueType.of(annotated.getRawType()).map(ValueType::builder).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass annotated) {
    return ValueType.ofBuilder(annotated.getRawType()).isPresent() ? BUILDER_CONFIG : null;
  }

  //-----------------------------------------------------------------------
  // Writing

  @Override
  public JavaType refineSerializationType(
      MapperConfig<?> config, Annotated annotated, JavaType baseType) {
    if (annotated instanceof AnnotatedClass) {
      Optional<ValueType> implemented = ValueType.ofImplementation(annotated.getRawType());
      if (implemented.isPresent()) {
        return config.getTypeFactory().constructGeneralizedType(baseType, implemented.get().type());
      }
    }
    return baseType;
  }

  @Override
  public JsonSerialize.Typing findSerializationTyping(Annotated annotated) {
    // The declared type decides: an Actor property is written as an Actor, not as an id.
    return readAttribute(annotated).isPresent()
        ? JsonSerialize.Typing.STATIC
        : null;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
    Optional<Attribute> attribute = readAttribute(annotated);
    if (attribute.isPresent()) {
      return JsonInclude.Value.construct(inclusionOf(attribute.get()), JsonInclude.Include.ALWAYS);
    }
    return JsonInclude.Value.empty();
  }

  private static JsonInclude.Include inclusionOf(Attribute attribute) {
    switch (attribute.kind()) {
      case OPTIONAL:
        return JsonInclude.Include.NON_ABSENT;
      case LIST:
      case SET:
        return JsonInclude.Include.NON_EMPTY;
      case DEFAULTED:
        if (attribute.accessor().getReturnType() == boolean.class) {
          return JsonInclude.Include.NON_DEFAULT;
        }
        // A key defaults to the whole population, the empty key, which is left out like an
        // empty list.
        return attribute.accessor().getReturnType() == DimensionKey.class
            ? JsonInclude.Include.NON_EMPTY
            : JsonInclude.Include.ALWAYS;
      default:
        return JsonInclude.Include.ALWAYS;
    }
  }

  @Override
  public Object findSerializer(Annotated annotated) {
    return readAttribute(annotated)
        .filter(ImmutablesIntrospector::isDecimal)
        .map(attribute -> DecimalJson.SERIALIZER)
        .orElse(null);
  }

  @Override
  public JsonFormat.Value findFormat(Annotated annotated) {
    Optional<Attribute> attribute = readAttribute(annotated).or(() -> setAttribute(annotated));
    // java.time values are ISO text whatever WRITE_DATES_AS_TIMESTAMPS says.
    return attribute.filter(ImmutablesIntrospector::isDateText).isPresent() ? TEXT_FORMAT : null;
  }

  /** Checks whether an attribute is itself a decimal (not an optional or a list of them). */
  private static boolean isDecimal(Attribute attribute) {
    return attribute.accessor().getReturnType() == BigDecimal.class;
  }

  private static boolean isDateText(Attribute attribute) {
    Class<?> value = attribute.valueClass();
    return value == LocalDate.class || value == Year.class;
  }

  //-----------------------------------------------------------------------
  // Reading

  @Override
  public JsonSetter.Value findSetterInfo(Annotated annotated) {
    Optional<Attribute> attribute = setAttribute(annotated);
    if (attribute.isEmpty()) {
      return JsonSetter.Value.empty();
    }
    switch (attribute.get().kind()) {
      case REQUIRED:
        return JsonSetter.Value.forValueNulls(Nulls.FAIL);
      case DEFAULTED:
        return JsonSetter.Value.forValueNulls(Nulls.SKIP);
      case LIST:
      case SET:
        return JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY, Nulls.FAIL);
      default:
        // Optional: Jackson's Optional support reads null as empty.
        return JsonSetter.Value.empty();
    }
  }

  @Override
  public Object findDeserializer(Annotated annotated) {
    Optional<Attribute> attribute = setAttribute(annotated);
    if (attribute.isEmpty()) {
      return null;
    }
    if (SchemaVersion.isSchemaVersion(attribute.get())) {
      return SchemaVersionDeserializer.INSTANCE;
    }
    return isDecimal(attribute.get()) ? DecimalJson.DESERIALIZER : null;
  }

  @Override
  public Object findDeserializationConverter(Annotated annotated) {
    return setAttribute(annotated)
        .filter(attribute -> attribute.kind() == Kind.SET)
        .map(UniqueElementsConverter::new)
        .orElse(null);
  }

  //-----------------------------------------------------------------------
  private static Optional<Attribute> readAttribute(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMethod)) {
      return Optional.empty();
    }
    AnnotatedMethod method = (AnnotatedMethod) annotated;
    return ValueType.of(method.getDeclaringClass())
        .flatMap(type -> type.attributeReadBy(method.getAnnotated()));
  }

  private static Optional<Attribute> setAttribute(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMethod)) {
      return Optional.empty();
    }
    AnnotatedMethod method = (AnnotatedMethod) annotated;
    if (method.getParameterCount() != 1) {
      return Optional.empty();
    }
    return ValueType.ofBuilder(method.getDeclaringClass())
        .flatMap(type -> type.attributeSetBy(method.getAnnotated()));
  }
}
