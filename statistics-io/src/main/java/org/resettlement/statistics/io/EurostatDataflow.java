package org.resettlement.statistics.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.resettlement.core.Dimension;
import org.resettlement.core.Rounding;
import org.resettlement.core.StatisticMetric;

/**
 * A Eurostat dataflow this module reads: its code, what its values count, and what each of its
 * dimensions means.
 *
 * <p>Eurostat's migration dataflows share a shape: {@code freq} (the period's length), {@code unit}
 * (what a value counts), {@code geo} (the reporting country or aggregate) and some dimensions of the
 * population counted, such as {@code citizen}, {@code sex} and {@code age}, each with a code list
 * and a code for the total. So reading another dataflow of that shape is one more entry in {@link
 * #KNOWN}, not new code.
 */
final class EurostatDataflow {

  /** Resettled persons by age, sex and citizenship, annual data; rounded to the nearest 5. */
  static final EurostatDataflow MIGR_ASYRESA =
      builder("MIGR_ASYRESA", "Resettled persons by age, sex and citizenship - annual data",
              StatisticMetric.RESETTLED_PERSONS)
          .dimension("citizen", Dimension.CITIZENSHIP, CodeList.EUROSTAT_COUNTRY, "TOTAL")
          .dimension("sex", Dimension.SEX, CodeList.EUROSTAT_SEX, "T")
          .dimension("age", Dimension.AGE_BAND, CodeList.EUROSTAT_AGE, "TOTAL")
          .build();

  /**
   * First instance decisions on applications for asylum by citizenship, age and sex, annual data;
   * rounded to the nearest 5. The decision (total, positive, refugee status, subsidiary protection,
   * humanitarian status, rejected, ...) is Eurostat's own dimension, kept with its codes.
   */
  static final EurostatDataflow MIGR_ASYDCFSTA =
      builder(
              "MIGR_ASYDCFSTA",
              "First instance decisions on applications by citizenship, age and sex - annual aggregated data",
              StatisticMetric.ASYLUM_DECISIONS)
          .dimension("citizen", Dimension.CITIZENSHIP, CodeList.EUROSTAT_COUNTRY, "TOTAL")
          .dimension("sex", Dimension.SEX, CodeList.EUROSTAT_SEX, "T")
          .dimension("age", Dimension.AGE_BAND, CodeList.EUROSTAT_AGE, "TOTAL")
          .dimension("decision", Dimension.ofPublisher("eurostat", "decision"), CodeList.PUBLISHER, "TOTAL")
          .build();

  /** The dataflows this module reads, by code. */
  static final Map<String, EurostatDataflow> KNOWN = index(MIGR_ASYRESA, MIGR_ASYDCFSTA);

  /** The dimensions every dataflow of this shape has, besides those of the population. */
  static final String FREQ = "freq";
  static final String UNIT = "unit";
  static final String GEO = "geo";

  private final String code;
  private final String title;
  private final StatisticMetric metric;
  private final String unit;
  private final Rounding rounding;
  private final List<KeyDimension> keyDimensions;
  private final List<String> columns;
  private final Dimension[] dimensions;

  private EurostatDataflow(Builder builder) {
    this.code = builder.code;
    this.title = builder.title;
    this.metric = builder.metric;
    this.unit = builder.unit;
    this.rounding = builder.rounding;
    this.keyDimensions = List.copyOf(builder.keyDimensions);
    this.dimensions = keyDimensions.stream().map(dimension -> dimension.dimension).toArray(Dimension[]::new);
    List<String> columns = new ArrayList<>();
    columns.add(FREQ);
    columns.add(UNIT);
    keyDimensions.forEach(dimension -> columns.add(dimension.column));
    columns.add(GEO);
    this.columns = Collections.unmodifiableList(columns);
  }

  static Builder builder(String code, String title, StatisticMetric metric) {
    return new Builder(code, title, metric);
  }

  private static Map<String, EurostatDataflow> index(EurostatDataflow... dataflows) {
    Map<String, EurostatDataflow> known = new TreeMap<>();
    for (EurostatDataflow dataflow : dataflows) {
      known.put(dataflow.code, dataflow);
    }
    return Collections.unmodifiableMap(known);
  }

  /** Finds the known dataflow of a metric, or null. */
  static EurostatDataflow ofMetric(StatisticMetric metric) {
    for (EurostatDataflow dataflow : KNOWN.values()) {
      if (dataflow.metric == metric) {
        return dataflow;
      }
    }
    return null;
  }

  /** Finds a known dataflow by its code, in any case: {@code migr_asyresa} is {@code MIGR_ASYRESA}. */
  static EurostatDataflow find(String code) {
    return KNOWN.get(code.toUpperCase(Locale.ROOT));
  }

  /** The dataflow's code in upper case, such as {@code MIGR_ASYRESA}. */
  String code() {
    return code;
  }

  /** Eurostat's title of the dataflow. */
  String title() {
    return title;
  }

  /** What every value of the dataflow counts. */
  StatisticMetric metric() {
    return metric;
  }

  /** The only {@code unit} code of the dataflow, {@code PER} (persons): the metric implies it. */
  String unit() {
    return unit;
  }

  /** How Eurostat rounds every value: to the nearest 5. */
  Rounding rounding() {
    return rounding;
  }

  /** The dimensions of the population counted, in Eurostat's order. */
  List<KeyDimension> keyDimensions() {
    return keyDimensions;
  }

  /** The dimensions of the population counted, in Eurostat's order; not to be changed. */
  Dimension[] dimensions() {
    return dimensions;
  }

  /** Every dimension column, lower case, in Eurostat's order: freq, unit, the key's, geo. */
  List<String> columns() {
    return columns;
  }

  @Override
  public String toString() {
    return code;
  }

  /** One dimension of the population a dataflow counts: its column, meaning, codes and total. */
  static final class KeyDimension {
    final String column;
    final Dimension dimension;
    final CodeList codes;
    final String total;

    KeyDimension(String column, Dimension dimension, CodeList codes, String total) {
      this.column = column;
      this.dimension = dimension;
      this.codes = codes;
      this.total = total;
    }
  }

  /** Builds a dataflow entry. */
  static final class Builder {
    private final String code;
    private final String title;
    private final StatisticMetric metric;
    private String unit = "PER";
    private Rounding rounding = Rounding.NEAREST_5;
    private final List<KeyDimension> keyDimensions = new ArrayList<>();

    private Builder(String code, String title, StatisticMetric metric) {
      this.code = code;
      this.title = title;
      this.metric = metric;
    }

    Builder dimension(String column, Dimension dimension, CodeList codes, String total) {
      keyDimensions.add(new KeyDimension(column, dimension, codes, total));
      return this;
    }

    EurostatDataflow build() {
      return new EurostatDataflow(this);
    }
  }
}
