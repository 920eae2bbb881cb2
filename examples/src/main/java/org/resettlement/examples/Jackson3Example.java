package org.resettlement.examples;

import org.resettlement.core.Dataset;
import org.resettlement.jackson3.ResettlementJson;
import org.resettlement.jackson3.ResettlementJsonException;
import org.resettlement.jackson3.ResettlementModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the wire format with Jackson 3, as {@link JacksonExample} does with Jackson 2.
 *
 * <p>Only the imports differ: {@code org.resettlement.jackson3} instead of {@code
 * org.resettlement.jackson}, and {@code tools.jackson} instead of {@code com.fasterxml.jackson}.
 * Jackson 3 throws unchecked exceptions, so nothing here declares {@code IOException}.
 */
public final class Jackson3Example {

  private Jackson3Example() {}

  /**
   * Writes a dataset with a mapper of your own, and reads it back.
   *
   * @param dataset the dataset, not null
   * @return the dataset read back, equal to the one written
   */
  public static Dataset roundTrip(Dataset dataset) {
    // tag::jackson3-register[]
    ObjectMapper mapper = JsonMapper.builder().addModule(new ResettlementModule()).build();
    String json = mapper.writeValueAsString(dataset);
    Dataset read = mapper.readValue(json, Dataset.class);
    // end::jackson3-register[]
    return read;
  }

  /**
   * Writes a dataset for sharing, without personal data, with the recommended settings: the same
   * bytes as {@link JacksonExample#shareable(Dataset)} writes with Jackson 2.
   *
   * @param dataset the dataset, not null
   * @return the JSON document, not null
   */
  public static String shareable(Dataset dataset) {
    // tag::jackson3-recommended[]
    JsonMapper mapper = ResettlementJson.newMapper();             // strict, as with Jackson 2
    String shared = ResettlementJson.withoutPersonalData(mapper.writer())
        .writeValueAsString(dataset);                              // byte for byte the same
    // end::jackson3-recommended[]
    return shared;
  }

  /**
   * Reads a document and describes what is wrong with it, if anything.
   *
   * @param json the document, not null
   * @return "ok", or the path and reason of the first problem
   */
  public static String problemIn(String json) {
    try {
      ResettlementJson.newMapper().readValue(json, Dataset.class);
      return "ok";
    } catch (ResettlementJsonException e) {
      return e.path() + ": " + e.reason();
    }
  }
}
