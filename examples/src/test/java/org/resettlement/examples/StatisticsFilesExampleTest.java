package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resettlement.core.Observation;

/** The README's statistics snippets run, and do what the README says. */
class StatisticsFilesExampleTest {

  @TempDir Path directory;

  private Path eurostatFile(String extraRow) throws IOException {
    Path file = directory.resolve("migr_asyresa.csv");
    try (InputStream bytes = StatisticsFilesExample.resource(StatisticsFilesExample.eurostatExcerpt())) {
      Files.write(file, (new String(bytes.readAllBytes(), StandardCharsets.UTF_8) + extraRow)
          .getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void arrivalsByOrigin_printsTheTableOfTheRealExcerpt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    StatisticsFilesExample.arrivalsByOrigin(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("unhcr-solutions-sample.csv: 24 rows, 96 observations, 0 problems")
        .contains("source: UNHCR Refugee Data Finder: Solutions, extracted 2024-07-19")
        .containsPattern("Afghanistan +5,848 +32,706")
        .containsPattern("Syria +1,388 +1,469");
  }

  @Test
  void readEurostat_keepsTheGoodRowsAndPrintsEveryProblem() throws IOException {
    Path file = eurostatFile("ESTAT:MIGR_ASYRESA(1.0),27/01/25 11:00:00,A,PER,SY,F,Y18-34,DE,2023,4 100,,\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<Observation> observations =
        StatisticsFilesExample.readEurostat(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(observations).hasSize(5);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(file + ", line 7, column 10 (OBS_VALUE): '4 100' has a thousands separator")
        .contains(file + ": 6 rows in ");
  }

  @Test
  void toTidyCsv_streamsOneCountryIntoTheTidyLayout() throws IOException {
    assertThat(StatisticsFilesExample.toTidyCsv(eurostatFile(""))).isEqualTo(
        "metric,period,geography,sex,age-band,citizenship,value,status,rounding\n"
            + "resettled-persons,2023,DE,,,,4665,,5\n"
            + "resettled-persons,2023,DE,female,0-17,AF,,confidential,5\n"
            + "resettled-persons,2023,DE,male,0-17,AF,,not-available,5\n"
            + "resettled-persons,2023,DE,female,18-34,SY,410,provisional break-in-series,5\n"
            + "resettled-persons,2023,DE,male,18-34,SY,395,imputed,5\n");
  }
}
