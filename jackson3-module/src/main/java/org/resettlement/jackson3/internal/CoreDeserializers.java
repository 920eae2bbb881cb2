package org.resettlement.jackson3.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.resettlement.core.Actor;
import org.resettlement.core.CampaignId;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.EventId;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.PersonId;
import org.resettlement.core.PledgeId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.StatisticId;
import org.resettlement.json.support.CoreTypes;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * The deserializers of the core's hand-written value types and enums. Composite value types are
 * read through their builders, as {@link ImmutablesIntrospector} configures it.
 *
 * <p>Each is wrapped in the guard that {@code ResettlementModule} gives, so that what the parser
 * finds wrong in such a value (a malformed string, a name given twice) and every {@link Refusal} is
 * reported like every other problem, also when the value is a document of its own.
 */
public final class CoreDeserializers extends Deserializers.Base {
  private static final String IDENTIFIER = "an identifier (a text without spaces)";

  private final BiFunction<ValueDeserializer<?>, Class<?>, ValueDeserializer<?>> guard;
  private final Map<Class<?>, ValueDeserializer<?>> byType = new HashMap<>();

  /**
   * Creates the deserializers.
   *
   * @param guard  wraps a deserializer of a core type, given the type, so that its problems are
   *     reported in the module's words, not null
   */
  public CoreDeserializers(BiFunction<ValueDeserializer<?>, Class<?>, ValueDeserializer<?>> guard) {
    this.guard = guard;
    text(OrganisationId.class, OrganisationId::of, IDENTIFIER);
    text(PersonId.class, PersonId::of, IDENTIFIER);
    text(EventId.class, EventId::of, IDENTIFIER);
    text(ProjectId.class, ProjectId::of, IDENTIFIER);
    text(CampaignId.class, CampaignId::of, IDENTIFIER);
    text(PledgeId.class, PledgeId::of, IDENTIFIER);
    text(QuotaId.class, QuotaId::of, IDENTIFIER);
    text(StatisticId.class, StatisticId::of, IDENTIFIER);
    text(CountryCode.class, CountryCode::of, "an ISO 3166-1 alpha-2 country code such as PL");
    text(CountryGroup.class, CountryGroup::of, "a country group code such as EU");
    text(PartialDate.class, PartialDate::parse, "a date such as 2012, 2023-06 or 2023-06-29");
    add(Quantity.class, new QuantityJson.Deserializer());
    add(LocalizedText.class, new LocalizedTextJson.Deserializer());
    add(Actor.class, new ActorJson.Deserializer());
  }

  private <T> void text(Class<T> type, Function<String, T> factory, String expected) {
    add(type, new TextValueDeserializer<>(type, factory, expected));
  }

  private void add(Class<?> type, ValueDeserializer<?> deserializer) {
    byType.put(type, guard.apply(deserializer, type));
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
    return byType.get(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
    return CoreTypes.isCoreEnum(type.getRawClass())
        ? guard.apply(enumDeserializer(type.getRawClass()), type.getRawClass())
        : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueDeserializer<?> enumDeserializer(Class<?> type) {
    return new EnumJson.Deserializer(type);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return byType.containsKey(valueType)
        || CoreTypes.isCoreEnum(valueType);
  }
}
