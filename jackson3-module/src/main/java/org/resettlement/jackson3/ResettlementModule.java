package org.resettlement.jackson3;

import java.util.Objects;
import org.resettlement.jackson3.internal.CoreDeserializers;
import org.resettlement.jackson3.internal.CoreSerializers;
import org.resettlement.jackson3.internal.DatasetInstantiators;
import org.resettlement.jackson3.internal.ImmutablesIntrospector;
import org.resettlement.jackson3.internal.PackageVersion;
import org.resettlement.jackson3.internal.PersonalData;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * Binds every public type of {@code org.resettlement.core} to the Resettlement JSON wire format,
 * on Jackson 3.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ResettlementModule()).build();
 * String json = mapper.writeValueAsString(dataset);
 * Dataset read = mapper.readValue(json, Dataset.class);
 * }</pre>
 *
 * <p>The module is also found by {@code MapperBuilder.findAndAddModules()}, through {@link
 * java.util.ServiceLoader}. {@link ResettlementJson#newMapper()} gives a mapper with the module
 * and the recommended settings.
 *
 * <h2>What the module does</h2>
 *
 * <ul>
 *   <li>Composite values (organisations, events, pledges, date ranges, ...) are objects whose
 *       properties are the attributes of the public type, in the order the type declares them,
 *       whatever {@code MapperFeature.SORT_PROPERTIES_ALPHABETICALLY} says. They are read through
 *       the type's public builder and written through the public type, by a convention that needs
 *       no annotation in the core and no code per type.
 *   <li>Identifiers, country codes, country groups and partial dates are strings; quantities,
 *       localised texts and actors have forms of their own; enum values are lower-kebab-case.
 *   <li>Absent optionals and empty lists are left out; so is {@code false} for a flag whose
 *       default is {@code false}.
 *   <li>Equal sources, periods, geographies and keys of one document are read as one object, and
 *       so are equal web addresses ({@code URI}), each text of which is parsed once per document.
 *       Dates ({@code LocalDate}) of the form {@code 2024-03-01} are read without Jackson's
 *       formatter where no pattern, locale or time zone is configured. Both are read by Jackson's
 *       own deserializers otherwise, also in other types that the mapper reads.
 *   <li>Problems in a document are reported as {@link ResettlementJsonException}, which names the
 *       place in the document, such as {@code events[2].period.end}, and the reason.
 * </ul>
 *
 * <p>The documents are those of the Jackson 2 module {@code org.resettlement.jackson.
 * ResettlementModule}, byte for byte: either module reads what the other writes. {@code Optional}
 * and {@code java.time} values are handled by Jackson 3 itself, so, unlike the Jackson 2 module,
 * this one has no module dependencies. The wire format is written out in {@code
 * docs/wire-format.md}, and {@link ResettlementJson#schema()} gives its JSON Schema.
 *
 * <p>The module never enables polymorphic default typing and reads no type information from
 * documents. Whether unknown properties are refused, duplicate properties are detected and
 * trailing content is refused is decided by the mapper's features; {@link ResettlementJson}
 * turns all three on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResettlementModule extends JacksonModule {

  /** Creates the module. */
  public ResettlementModule() {}

  /**
   * Returns the name of this module.
   *
   * @return {@code "ResettlementModule"}
   */
  @Override
  public String getModuleName() {
    return "ResettlementModule";
  }

  /**
   * Returns the version of the {@code resettlement-jackson3} artifact.
   *
   * @return the version, not null
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Installs the serializers, deserializers and the annotation introspector of this module.
   *
   * @param context the mapper's set-up context, not null
   * @throws NullPointerException if the context is null
   */
  @Override
  public void setupModule(SetupContext context) {
    Objects.requireNonNull(context, "context");
    // The internal package binds the types and reports what it refuses as a Refusal; this package
    // guards its deserializers (TranslatingDeserializer, CoreDeserializerModifier) so that every
    // problem leaves as a ResettlementJsonException. This package uses the internal one, never the
    // reverse.
    context.insertAnnotationIntrospector(new ImmutablesIntrospector());
    context.addSerializers(new CoreSerializers());
    context.addDeserializers(new CoreDeserializers(TranslatingDeserializer::new));
    context.addDeserializerModifier(new CoreDeserializerModifier());
    context.addValueInstantiators(new DatasetInstantiators());
    context.addSerializerModifier(new PersonalData.Modifier());
  }
}
