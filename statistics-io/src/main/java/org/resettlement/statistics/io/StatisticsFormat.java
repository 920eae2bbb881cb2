package org.resettlement.statistics.io;

/**
 * The layouts of statistics files that this module reads.
 *
 * <p>A {@link StatisticsReader} finds the layout from the first lines of a file, or is told it
 * ({@link StatisticsReader.Builder#format}).
 */
public enum StatisticsFormat {
  /**
   * SDMX-CSV 1.0, as Eurostat's dissemination API serves it: a header {@code DATAFLOW,LAST
   * UPDATE,freq,...,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG}, since January 2025 with {@code
   * CONF_STATUS} after {@code OBS_FLAG}, then one row per observation.
   */
  SDMX_CSV_1("SDMX-CSV 1.0"),
  /**
   * SDMX-CSV 2.0, as the SDMX 3.0 API serves it: a header that starts {@code
   * STRUCTURE,STRUCTURE_ID} (then optionally {@code STRUCTURE_NAME} and {@code ACTION}), with
   * {@code ,} or {@code ;} between the cells (whichever follows {@code STRUCTURE}).
   */
  SDMX_CSV_2("SDMX-CSV 2.0"),
  /**
   * Eurostat's TSV bulk download: a first cell such as {@code freq,unit,citizen,sex,age,geo\TIME_PERIOD},
   * then one column per period; each cell holds the value, a space and any flags, {@code :} for a
   * value that is not available.
   */
  EUROSTAT_TSV("Eurostat TSV"),
  /**
   * UNHCR Refugee Data Finder's "Solutions" download: a preamble, then a header {@code Year,"Country
   * of origin","Country of origin (ISO)","Country of asylum","Country of asylum (ISO)","Returned
   * refugees","Returned IDPss","Resettlement arrivals",Naturalisation}; {@code -} for no data.
   */
  UNHCR_SOLUTIONS("UNHCR Refugee Data Finder, Solutions"),
  /**
   * UNHCR Resettlement Data Finder's download of submissions or departures: a preamble, then a
   * header {@code Year,Country of Origin (ISO),Country of Origin,Country of Resettlement
   * (ISO),Country of Resettlement,Total submissions (persons)} (or {@code Total departures
   * (persons)}).
   */
  UNHCR_RESETTLEMENT("UNHCR Resettlement Data Finder"),
  /**
   * This library's tidy CSV: one row per observation, a header {@code metric,period,geography},
   * one column per dimension ({@code sex}, {@code age-band}, {@code citizenship}, ..., {@code
   * eurostat:decision}), then {@code value,status,rounding}, in this library's own codes.
   */
  TIDY_CSV("tidy CSV");

  private final String title;

  StatisticsFormat(String title) {
    this.title = title;
  }

  /**
   * Returns the name of the layout, as problems and summaries name it.
   *
   * @return the name, such as {@code "SDMX-CSV 1.0"}, not null
   */
  public String title() {
    return title;
  }
}
