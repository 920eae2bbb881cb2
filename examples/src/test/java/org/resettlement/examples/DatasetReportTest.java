package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resettlement.testkit.SeedDataset;

class DatasetReportTest {

  private static String report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DatasetReport(SeedDataset.dataset(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(2012);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void print_comparesThe2012PlacesWithTheNeed() {
    assertThat(report())
        .containsPattern("places offered +79,500")
        .containsPattern("refugees in need +172,000")
        .containsPattern("share of need covered +46\\.2%");
  }

  @Test
  void print_listsEventsInDateOrderWithTheirAttendance() {
    String report = report();

    assertThat(report.indexOf("2007-11-21/2007-11-23")).isLessThan(report.indexOf("2012/2012"));
    assertThat(report.indexOf("2023-06-29/2023-06-29")).isLessThan(report.indexOf("2023-11-13/2023-11-15"));
    assertThat(report).contains("Lisbon, PT, about 50 participants, from 15 countries");
    assertThat(report).contains("Warsaw, PL, at least 100 participants");
  }

  @Test
  void print_showsCampaignTargetAndQuotas() {
    assertThat(report())
        .containsPattern("target +20,000 places a year by 2020")
        .containsPattern("pledged +0 places in 0 pledges \\(0\\.0% of target\\)")
        .containsPattern("PT 2007 +places not given +arrivals 0")
        .contains("local authority");
  }

  @Test
  void print_fitsAnEightyColumnTerminal() {
    assertThat(report().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }
}
