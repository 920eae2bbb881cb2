package org.resettlement.testkit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.resettlement.core.CountryCode;

/**
 * Writes synthetic statistics files of any size in the layouts that Eurostat and UNHCR publish,
 * row by row, without holding them, for tests of code that reads such files.
 *
 * <pre>
 * long observations = StatisticsFiles.withSeed(7).write(StatisticsFiles.Layout.EUROSTAT_TSV, 1_000_000, path);
 * </pre>
 *
 * <p>A file is a cube of Eurostat's {@code migr_asyresa} (resettled persons by citizenship, sex,
 * age and reporting country, every figure a multiple of 5) or of UNHCR's downloads (figures by
 * country of origin and of asylum), with what real files have: totals, stateless and unknown
 * citizenships ({@code STLS}, {@code UNK}, UNHCR's {@code XXA}, {@code UNK} and {@code TIB}),
 * Eurostat's {@code EL} and {@code UK} and an aggregate ({@code EU27_2020}), provisional and
 * estimated figures, confidential and missing values ({@code :}, UNHCR's {@code -}), names in
 * quotes with commas, and UNHCR's preamble. Every row is valid: a reader reads
 * {@link Layout#observations(long)} observations from a file of so many rows, without a problem.
 *
 * <p>The same seed, layout and number of rows give the same bytes on every JVM.
 *
 * <p>Not thread-safe: drawing the figures advances the generator.
 */
public final class StatisticsFiles {

  /** The layouts of the files. */
  public enum Layout {
    /** Eurostat's SDMX-CSV 1.0 before 2025: {@code DATAFLOW,LAST UPDATE,...,OBS_VALUE,OBS_FLAG}. */
    EUROSTAT_SDMX_CSV_1(1),
    /** Eurostat's SDMX-CSV 1.0 since January 2025, with {@code CONF_STATUS} after {@code OBS_FLAG}. */
    EUROSTAT_SDMX_CSV_1_CONF_STATUS(1),
    /** SDMX-CSV 2.0 with {@code ,}: {@code STRUCTURE,STRUCTURE_ID,...,OBS_VALUE,OBS_FLAG,CONF_STATUS}. */
    EUROSTAT_SDMX_CSV_2(1),
    /** SDMX-CSV 2.0 with {@code ;}, {@code STRUCTURE_NAME} and {@code ACTION}. */
    EUROSTAT_SDMX_CSV_2_SEMICOLON(1),
    /** Eurostat's TSV bulk download: a row per series, a column per year from 2008 to 2023. */
    EUROSTAT_TSV(YEARS),
    /** UNHCR Refugee Data Finder's "Solutions" download: four figures a row. */
    UNHCR_SOLUTIONS(4),
    /** UNHCR Resettlement Data Finder's download of submissions: one figure a row. */
    UNHCR_RESETTLEMENT(1);

    private final int perRow;

    Layout(int perRow) {
      this.perRow = perRow;
    }

    /**
     * Returns the number of observations in a file of this layout with so many data rows.
     *
     * @param rows the data rows, 0 or more
     * @return the observations: as many as the rows, times 16 years in the TSV form and four
     *     figures in UNHCR's Solutions
     */
    public long observations(long rows) {
      return rows * perRow;
    }
  }

  private static final int FIRST_YEAR = 2008;
  private static final int YEARS = 16;
  private static final String LAST_UPDATE = "27/01/25 11:00:00";
  private static final String DATAFLOW = "ESTAT:MIGR_ASYRESA(1.0)";
  private static final String NAME = "Resettled persons by age, sex and citizenship - annual data";
  private static final String[] CITIZENS = (
      "TOTAL STLS UNK EXT_EU27_2020 SY AF IQ IR ER SO SD SS CD CF NG ET YE PS MM BT LK PK EL UK XK").split(" ");
  private static final String[] SEXES = {"T", "F", "M"};
  private static final String[] AGES = {"TOTAL", "Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "UNK"};
  private static final String[] GEOS = (
      "EU27_2020 BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE IS LI NO CH UK")
      .split(" ");
  private static final String[] ORIGINS = (
      "SYR AFG IRQ IRN ERI SOM SDN SSD COD CAF NGA ETH YEM PSE MMR BTN LKA PAK SRB XKX XXA UNK TIB").split(" ");
  private static final String[] ASYLUMS = "CAN USA AUS NZL GBR DEU SWE NOR FIN NLD BEL FRA ITA CHE TUR LBN JOR".split(" ");

  private final Draw draw;

  private StatisticsFiles(RandomGenerator random) {
    this.draw = new Draw(random);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a writer of files whose figures are drawn from the {@value SampleData#ALGORITHM}
   * algorithm seeded with a number.
   *
   * @param seed the seed, any number
   * @return the writer, not null
   * @throws IllegalStateException if the running Java has no {@value SampleData#ALGORITHM}
   *     algorithm
   */
  public static StatisticsFiles withSeed(long seed) {
    return new StatisticsFiles(SampleData.Algorithm.create(seed));
  }

  /**
   * Obtains a writer of files whose figures are drawn from a random generator; only {@link
   * RandomGenerator#nextLong()} is called.
   *
   * @param random the source of randomness, not null
   * @return the writer, not null
   * @throws NullPointerException if the generator is null
   */
  public static StatisticsFiles using(RandomGenerator random) {
    return new StatisticsFiles(Objects.requireNonNull(random, "random"));
  }

  //-----------------------------------------------------------------------
  /**
   * Writes a file of so many data rows to a path, in UTF-8.
   *
   * @param layout the layout, not null
   * @param rows the number of data rows, 0 or more
   * @param file the file to write, replaced if it exists, not null
   * @return the number of observations the file holds, {@link Layout#observations(long)}
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if the layout or the file is null
   * @throws IllegalArgumentException if the number of rows is negative
   */
  public long write(Layout layout, long rows, Path file) throws IOException {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(layout, rows, out);
    }
  }

  /**
   * Writes a file of so many data rows to a writer, row by row; the writer is not closed.
   *
   * @param layout the layout, not null
   * @param rows the number of data rows, 0 or more
   * @param out where to write, not null
   * @return the number of observations the file holds, {@link Layout#observations(long)}
   * @throws IOException if the writer fails
   * @throws NullPointerException if the layout or the writer is null
   * @throws IllegalArgumentException if the number of rows is negative
   */
  public long write(Layout layout, long rows, Writer out) throws IOException {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(out, "out");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more, was " + rows);
    }
    Writer buffered = new BufferedWriter(out, 1 << 16);
    StringBuilder row = new StringBuilder(128);
    header(layout, buffered);
    for (long i = 0; i < rows; i++) {
      row.setLength(0);
      row(layout, i, row);
      buffered.append(row).append('\n');
    }
    buffered.flush();
    return layout.observations(rows);
  }

  //-----------------------------------------------------------------------
  private static void header(Layout layout, Writer out) throws IOException {
    switch (layout) {
      case EUROSTAT_SDMX_CSV_1:
        out.write("DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n");
        break;
      case EUROSTAT_SDMX_CSV_1_CONF_STATUS:
        out.write("DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n");
        break;
      case EUROSTAT_SDMX_CSV_2:
        out.write("STRUCTURE,STRUCTURE_ID,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n");
        break;
      case EUROSTAT_SDMX_CSV_2_SEMICOLON:
        out.write("STRUCTURE;STRUCTURE_ID;STRUCTURE_NAME;ACTION;freq;unit;citizen;sex;age;geo;TIME_PERIOD;OBS_VALUE;"
            + "OBS_FLAG;CONF_STATUS\n");
        break;
      case EUROSTAT_TSV:
        StringBuilder header = new StringBuilder("freq,unit,citizen,sex,age,geo\\TIME_PERIOD");
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
          header.append('\t').append(year).append(' ');
        }
        out.write(header.append('\n').toString());
        break;
      case UNHCR_SOLUTIONS:
        out.write(preamble("Solutions")
            + "\"Solution types included\",\"RET,RDP,RST,NAT\"\nYears:\nOrigin:,all\n\"Country of asylum:\",all\n"
            + "Year,\"Country of origin\",\"Country of origin (ISO)\",\"Country of asylum\",\"Country of asylum (ISO)\","
            + "\"Returned refugees\",\"Returned IDPss\",\"Resettlement arrivals\",Naturalisation\n");
        break;
      default:
        out.write(preamble("Resettlement submissions") + "\n"
            + "Year,Country of Origin (ISO),Country of Origin,Country of Resettlement (ISO),Country of Resettlement,"
            + "Total submissions (persons)\n");
    }
  }

  private static String preamble(String table) {
    return "\"Extracted:\",\"United Nations High Commissioner for Refugees\"\n"
        + "\"Date extracted:\",\"19/07/2024 10:55\"\n\n"
        + "\"Data table contains the following:\"," + table + "\n"
        + "\"Usage licence\",https://creativecommons.org/licenses/by/4.0/\n";
  }

  private void row(Layout layout, long index, StringBuilder row) {
    switch (layout) {
      case EUROSTAT_SDMX_CSV_1:
      case EUROSTAT_SDMX_CSV_1_CONF_STATUS:
        row.append(DATAFLOW).append(',').append(LAST_UPDATE).append(',');
        eurostatCell(index, ',', row, layout == Layout.EUROSTAT_SDMX_CSV_1_CONF_STATUS);
        break;
      case EUROSTAT_SDMX_CSV_2:
        row.append("dataflow,").append(DATAFLOW).append(',');
        eurostatCell(index, ',', row, true);
        break;
      case EUROSTAT_SDMX_CSV_2_SEMICOLON:
        row.append("dataflow;").append(DATAFLOW).append(';').append(NAME).append(";I;");
        eurostatCell(index, ';', row, true);
        break;
      case EUROSTAT_TSV:
        eurostatSeries(index, row);
        break;
      case UNHCR_SOLUTIONS:
        unhcr(index, row, 4);
        break;
      default:
        unhcr(index, row, 1);
    }
  }

  /** The codes of a series: citizenship, sex and age vary fastest, then the reporting country. */
  private static void series(long index, char separator, StringBuilder row) {
    long rest = index;
    String citizen = CITIZENS[(int) (rest % CITIZENS.length)];
    rest /= CITIZENS.length;
    String sex = SEXES[(int) (rest % SEXES.length)];
    rest /= SEXES.length;
    String age = AGES[(int) (rest % AGES.length)];
    rest /= AGES.length;
    String geo = GEOS[(int) (rest % GEOS.length)];
    row.append("A").append(separator).append("PER").append(separator).append(citizen).append(separator)
        .append(sex).append(separator).append(age).append(separator).append(geo);
  }

  private static long seriesCount() {
    return (long) CITIZENS.length * SEXES.length * AGES.length * GEOS.length;
  }

  private void eurostatCell(long index, char separator, StringBuilder row, boolean confStatus) {
    series(index % seriesCount(), separator, row);
    int year = FIRST_YEAR + (int) (index / seriesCount() % YEARS);
    row.append(separator).append(year).append(separator);
    int kind = draw.below(100);
    if (kind < 3) {
      // Confidential: the old flag c, or CONF_STATUS C.
      row.append(separator).append(confStatus ? "" : "c");
      if (confStatus) {
        row.append(separator).append('C');
      }
      return;
    }
    if (kind < 6) {
      row.append(separator);
    } else {
      row.append(5L * draw.between(0, 3_000)).append(separator).append(flags());
    }
    if (confStatus) {
      row.append(separator);
    }
  }

  private void eurostatSeries(long index, StringBuilder row) {
    series(index % seriesCount(), ',', row);
    for (int year = 0; year < YEARS; year++) {
      row.append('\t');
      int kind = draw.below(100);
      if (kind < 3) {
        row.append(": c");
      } else if (kind < 6) {
        row.append(": ");
      } else {
        row.append(5L * draw.between(0, 3_000)).append(' ').append(flags());
      }
    }
  }

  private String flags() {
    int kind = draw.below(100);
    return kind < 5 ? "p" : kind < 7 ? "e" : kind < 8 ? "bp" : "";
  }

  private void unhcr(long index, StringBuilder row, int figures) {
    long rest = index;
    String origin = ORIGINS[(int) (rest % ORIGINS.length)];
    rest /= ORIGINS.length;
    String asylum = ASYLUMS[(int) (rest % ASYLUMS.length)];
    rest /= ASYLUMS.length;
    int year = FIRST_YEAR + (int) (rest % YEARS);
    boolean others = figures == 1 && index % 50 == 49;
    if (figures == 1) {
      row.append(year).append(',').append(others ? "" : origin).append(',')
          .append(quoted(others ? "All others" : name(origin))).append(',').append(asylum).append(',')
          .append(quoted(name(asylum))).append(',').append(5L * draw.between(1, 2_000));
      return;
    }
    row.append(year).append(',').append(quoted(name(origin))).append(',').append(origin).append(',')
        .append(quoted(name(asylum))).append(',').append(asylum);
    for (int i = 0; i < figures; i++) {
      row.append(',');
      if (draw.chance(60)) {
        row.append('-');
      } else {
        row.append(draw.between(1, 20_000));
      }
    }
  }

  /** UNHCR's name of a code, as far as the JDK knows it, and UNHCR's own for the others. */
  private static String name(String alpha3) {
    switch (alpha3) {
      case "XXA":
        return "Stateless";
      case "UNK":
        return "Unknown";
      case "TIB":
        return "Tibetan";
      case "SRB":
        return "Serbia and Kosovo: S/RES/1244 (1999)";
      default:
        return CountryCode.fromAlpha3(alpha3).displayName(Locale.ENGLISH);
    }
  }

  private static String quoted(String name) {
    return name.indexOf(',') >= 0 || name.indexOf('"') >= 0 || name.indexOf(' ') >= 0
        ? '"' + name.replace("\"", "\"\"") + '"'
        : name;
  }
}
