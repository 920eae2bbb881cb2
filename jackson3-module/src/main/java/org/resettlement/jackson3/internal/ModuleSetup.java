package org.resettlement.jackson3.internal;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/** Installs the parts of {@code ResettlementModule} into a mapper. */
public final class ModuleSetup {
  private ModuleSetup() {}

  /**
   * Returns the version of this artifact.
   *
   * @return the version, not null
   */
  public static Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Installs the introspector, the serializers and deserializers, and the modifiers.
   *
   * @param context the mapper's set-up context, not null
   */
  public static void setUp(JacksonModule.SetupContext context) {
    context.insertAnnotationIntrospector(new ImmutablesIntrospector());
    context.addSerializers(new CoreSerializers());
    context.addDeserializers(new CoreDeserializers());
    context.addDeserializerModifier(new CoreDeserializerModifier());
    context.addSerializerModifier(new PersonalData.Modifier());
  }
}
