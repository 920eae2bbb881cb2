package org.resettlement.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Objects;
import org.resettlement.jackson.internal.CoreDeserializers;
import org.resettlement.jackson.internal.CoreSerializers;
import org.resettlement.jackson.internal.DatasetInstantiators;
import org.resettlement.jackson.internal.ImmutablesIntrospector;
import org.resettlement.jackson.internal.PackageVersion;
import org.resettlement.jackson.internal.PersonalData;

/**
 * Binds every public type of {@code org.resettlement.core} to the Resettlement JSON wire format.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ResettlementModule()).build();
 * String json = mapper.writeValueAsString(dataset);
 * Dataset read = mapper.readValue(json, Dataset.class);
 * }</pre>
 *
 * <p>The module is also found by {@code ObjectMapper.findAndRegisterModules()}, through {@link
 * java.util.ServiceLoader}. {@link ResettlementJson#newMapper()} gives a mapper with the module
 * and the recommended settings.
 *
 * <h2>What the module does</h2>
 *
 * <ul>
 *   <li>Composite values (organisations, events, pledges, date ranges, ...) are objects whose
 *       properties are the attributes of the public type, in the order the type declares them.
 *       They are read through the type's public builder and written through the public type, by
 *       a convention that needs no annotation in the core and no code per type.
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
 * <p>The module registers Jackson's {@link Jdk8Module} and {@link JavaTimeModule} as its
 * dependencies, for {@code Optional}, {@code LocalDate}, {@code Year} and {@code Period}. The wire
 * format is written out in {@code docs/wire-format.md}, and {@link ResettlementJson#schema()} gives
 * its JSON Schema.
 *
 * <p>The module never enables polymorphic default typing and reads no type information from
 * documents. Whether unknown properties are refused, duplicate properties are detected and
 * trailing content is refused is decided by the mapper's features; {@link ResettlementJson}
 * turns all three on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResettlementModule extends Module {

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
   * Returns the version of the {@code resettlement-jackson} artifact.
   *
   * @return the version, not null
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Returns Jackson's modules for {@code Optional} and {@code java.time}, which Jackson registers
   * before this one unless a module of the same type is already registered.
   *
   * @return the {@link Jdk8Module} and the {@link JavaTimeModule}, not null
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
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
    context.addBeanDeserializerModifier(new CoreDeserializerModifier());
    context.addValueInstantiators(new DatasetInstantiators());
    context.addBeanSerializerModifier(new PersonalData.Modifier());
  }
}
