package org.resettlement.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain Jackson 2 mapper of the {@link RecordModel} baseline.
 *
 * <p>It has the settings of {@code org.resettlement.jackson.ResettlementJson.newMapper()}: unknown
 * properties, duplicate properties and trailing content are refused, scalars are not coerced,
 * {@code 1.5} is not cut to {@code 1}, and characters beyond the Basic Multilingual Plane are
 * written as UTF-8. To write the same bytes it leaves out nulls and empty lists and sets, writes
 * dates as ISO text, reads sets in document order, and reads decimal amounts from strings;
 * nothing else is configured.
 *
 * @see RecordJson3
 */
public final class RecordJson2 {
  private RecordJson2() {}

  /**
   * Creates the mapper.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper newMapper() {
    JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new SimpleModule("sets-in-order").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
        .withConfigOverride(List.class, override -> override.setInclude(nonEmpty))
        .withConfigOverride(Set.class, override -> override.setInclude(nonEmpty))
        // Amounts are strings; every other scalar keeps ALLOW_COERCION_OF_SCALARS off.
        .withCoercionConfig(BigDecimal.class, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
        .build();
  }
}
