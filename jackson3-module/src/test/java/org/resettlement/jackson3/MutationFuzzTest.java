package org.resettlement.jackson3;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resettlement.wireformat.hostile.FuzzCampaign;
import tools.jackson.databind.ObjectMapper;

/**
 * Corrupted golden files and generated documents are read as valid values or refused with a
 * {@link ResettlementJsonException} that names their path, within a second each. A few thousand
 * cases in the default build; {@code -Pfuzz} runs 100,000. The outcome table names the seed;
 * {@code -Dresettlement.fuzz.seed=S -Dresettlement.fuzz.case=N} replays one case.
 */
class MutationFuzzTest {

  @Test
  void corruptedDocuments_areReadOrRefusedWithAPath() throws Exception {
    ObjectMapper writer = ResettlementJson.newMapper();

    FuzzCampaign.run("Jackson 3", List.of(CampaignReader.recommended(), CampaignReader.lenient()),
        (value, type) -> writer.writerFor(type).writeValueAsBytes(value));
  }
}
