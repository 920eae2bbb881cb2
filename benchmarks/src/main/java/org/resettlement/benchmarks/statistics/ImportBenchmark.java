package org.resettlement.benchmarks.statistics;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.EachWay;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.StatisticMetric;
import org.resettlement.statistics.io.StatisticsReader;
import org.resettlement.statistics.io.StatisticsWriter;

/**
 * Imports a generated SDMX-CSV 1.0 file of {@value #ROWS} rows of Eurostat's {@code
 * migr_asyresa} into observations, against FastCSV parsing the same bytes into records without
 * mapping them: the floor of any import on FastCSV.
 *
 * <p>Both read the bytes from memory through a UTF-8 decoder, so the ratio is what reading the
 * layout, checking every cell and making observations costs on top of splitting the text into
 * cells. The file is a cube of citizenships, sexes, age bands, countries and years, every 31st
 * value provisional and every 97th not available, written by {@link StatisticsWriter}.
 */
@State(Scope.Benchmark)
public class ImportBenchmark {

  /** The number of rows of the file. */
  public static final int ROWS = 100_000;

  private static final String[] CITIZENS = (
      "SY AF IQ IR ER SO SD SS CD CF ML NG ET YE PS MM BT LK PK BD NP VN KH LA TH MY ID CN KP KR MN KZ UZ TJ"
      + " KG TM AZ AM GE UA BY RU MD TR LB JO EG LY TN DZ MA").split(" ");
  private static final String[] GEOS = "BE BG CZ DK DE EE IE GR ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SE".split(" ");
  private static final AgeBand[] AGES = {AgeBand.under(18), AgeBand.of(18, 34), AgeBand.of(35, 64), AgeBand.from(65)};

  private byte[] file;
  private StatisticsReader reader;

  /** Creates the benchmark; JMH calls this. */
  public ImportBenchmark() {}

  /** Writes the file and makes the reader. */
  @Setup(Level.Trial)
  public void setUp() {
    file = file(ROWS);
    reader = StatisticsReader.builder().build();
  }

  /**
   * Writes a file of so many rows of {@code migr_asyresa} in SDMX-CSV 1.0.
   *
   * @param rows the number of rows
   * @return the file's bytes, UTF-8
   */
  public static byte[] file(int rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows * 80);
    Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    Sex[] sexes = {null, Sex.FEMALE, Sex.MALE};
    try (StatisticsWriter writer = StatisticsWriter.sdmxCsv(text)) {
      for (int i = 0; i < rows; i++) {
        int rest = i;
        CountryCategory citizen = CountryCategory.of(CountryCode.of(CITIZENS[rest % CITIZENS.length]));
        rest /= CITIZENS.length;
        Sex sex = sexes[rest % sexes.length];
        rest /= sexes.length;
        int age = rest % (AGES.length + 1);
        rest /= AGES.length + 1;
        String geo = GEOS[rest % GEOS.length];
        rest /= GEOS.length;
        DimensionKey key = DimensionKey.of(Dimension.CITIZENSHIP, citizen);
        if (sex != null) {
          key = key.with(Dimension.SEX, sex);
        }
        if (age < AGES.length) {
          key = key.with(Dimension.AGE_BAND, AGES[age]);
        }
        Observation.Builder observation = Observation.builder()
            .metric(StatisticMetric.RESETTLED_PERSONS)
            .key(key)
            .period(DateRange.of(PartialDate.ofYear(2008 + rest % 16)))
            .geography(i % 1000 == 0 ? Geography.of(CountryGroup.EU27_2020) : Geography.of(CountryCode.of(geo)))
            .rounding(Rounding.NEAREST_5);
        if (i % 97 == 0) {
          observation.addStatuses(ObservationStatus.NOT_AVAILABLE);
        } else {
          observation.value(Quantity.exactly((i * 7919L % 2000) * 5));
        }
        if (i % 31 == 0) {
          observation.addStatuses(ObservationStatus.PROVISIONAL);
        }
        writer.write(observation.build());
      }
    }
    return bytes.toByteArray();
  }

  /**
   * Imports the file into observations, and parses it with FastCSV alone, in turns.
   *
   * @param eachWay times each way
   * @param sink takes what each way made
   * @throws Exception if a way fails
   */
  @Benchmark
  public void importFile(EachWay eachWay, Blackhole sink) throws Exception {
    eachWay.run(this::ours, this::fastCsv, null, sink);
  }

  /**
   * Imports the file into observations.
   *
   * @return the number of observations
   */
  public long ours() {
    long[] count = {0};
    reader.read(new ByteArrayInputStream(file), "migr_asyresa.csv", observation -> count[0]++);
    return count[0];
  }

  /**
   * Parses the file into FastCSV's records, without mapping them.
   *
   * @return the number of cells
   */
  public long fastCsv() {
    long cells = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder()
        .ofCsvRecord(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
      for (CsvRecord record : csv) {
        cells += record.getFieldCount();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cells;
  }
}
