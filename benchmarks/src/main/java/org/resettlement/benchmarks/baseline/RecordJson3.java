package org.resettlement.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The plain Jackson 3 mapper of the {@link RecordModel} baseline: the same records as {@link
 * RecordJson2}, bound by Jackson 3 ({@code tools.jackson}); the records' annotations are {@code
 * jackson-annotations}, which both lines read.
 *
 * <p>It has the settings of {@code org.resettlement.jackson3.ResettlementJson.newMapper()}, set
 * explicitly where Jackson 3's defaults differ from Jackson 2's: unknown properties, duplicate
 * properties and trailing content are refused, scalars are not coerced, {@code 1.5} is not cut to
 * {@code 1}, and the read limits are those of the wire format. To write the same bytes it leaves
 * out nulls and empty lists and sets, writes dates as ISO text, reads sets in document order, and
 * reads decimal amounts from strings; nothing else is configured.
 */
public final class RecordJson3 {

  /** The read limits of {@code ResettlementJson}: Jackson 2's defaults. */
  private static final StreamReadConstraints READ_LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(1000)
          .maxStringLength(20_000_000)
          .maxNumberLength(1000)
          .maxNameLength(50_000)
          .build();

  private RecordJson3() {}

  /**
   * Creates the mapper.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper newMapper() {
    JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(READ_LIMITS).build())
        .addModule(new SimpleModule("sets-in-order").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(include -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
        .withConfigOverride(List.class, override -> override.setInclude(nonEmpty))
        .withConfigOverride(Set.class, override -> override.setInclude(nonEmpty))
        // Amounts are strings; every other scalar keeps ALLOW_COERCION_OF_SCALARS off.
        .withCoercionConfig(BigDecimal.class, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
        .build();
  }
}
