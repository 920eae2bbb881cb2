package org.resettlement.jackson3;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resettlement.wireformat.hostile.HostileDocuments;
import org.resettlement.wireformat.hostile.HostileDocuments.Hostile;
import org.resettlement.wireformat.hostile.ReadCampaign;
import org.resettlement.wireformat.hostile.ReadCampaign.Subject;

/**
 * The hostile documents of the wire format, read as strings, bytes and streams: each is read as a
 * valid value or refused with a {@link ResettlementJsonException} that names its path, within a
 * second, as the corpus expects. The documents written by hand are read by a mapper that refuses
 * unknown properties and by one that skips them, the golden files changed at every place by the
 * first. Each test prints its outcome table.
 */
class HostileDocumentsTest {
  private static final Duration TIME_LIMIT = Duration.ofSeconds(1);
  private static final Subject RECOMMENDED = CampaignReader.recommended();
  private static final Subject LENIENT = CampaignReader.lenient();

  private static void campaign(String title, List<Subject> readers, List<Hostile> documents) {
    try (ReadCampaign campaign = new ReadCampaign(title + ", Jackson 3", TIME_LIMIT)) {
      HostileDocuments.run(campaign, readers, documents);
      campaign.print();
      campaign.assertNoFailures();
    }
  }

  @Test
  void handWrittenHostileDocuments_areReadOrRefusedWithAPath() {
    campaign("Hand-written hostile documents", List.of(RECOMMENDED, LENIENT), HostileDocuments.handWritten());
  }

  @Test
  void truncatedGoldenFiles_areRefusedWithAPath() {
    campaign("Golden files cut short", List.of(RECOMMENDED), HostileDocuments.truncatedGoldenFiles());
  }

  @Test
  void goldenFilesWithAValueOfEachTypeAtEachPlace_areReadOrRefusedThere() {
    campaign("Golden files with a value of each JSON type at each place", List.of(RECOMMENDED),
        HostileDocuments.retypedGoldenFiles());
  }
}
