package org.resettlement.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.resettlement.core.Dataset;
import org.resettlement.jackson.ResettlementJson;
import org.resettlement.jackson.ResettlementJsonException;
import org.resettlement.jackson.ResettlementModule;

/** Reads and writes the wire format with Jackson 2. */
public final class JacksonExample {

  private JacksonExample() {}

  /**
   * Writes a dataset with a mapper of your own, and reads it back.
   *
   * @param dataset the dataset, not null
   * @return the dataset read back, equal to the one written
   * @throws IOException if Jackson fails
   */
  public static Dataset roundTrip(Dataset dataset) throws IOException {
    // tag::jackson2-register[]
    ObjectMapper mapper = JsonMapper.builder().addModule(new ResettlementModule()).build();
    String json = mapper.writeValueAsString(dataset);
    Dataset read = mapper.readValue(json, Dataset.class);
    // end::jackson2-register[]
    return read;
  }

  /**
   * Writes a dataset for sharing, without personal data, with the recommended settings.
   *
   * @param dataset the dataset, not null
   * @return the JSON document, not null
   * @throws IOException if Jackson fails
   */
  public static String shareable(Dataset dataset) throws IOException {
    // tag::jackson2-recommended[]
    JsonMapper mapper = ResettlementJson.newMapper();             // strict reading, module registered
    String shared = ResettlementJson.withoutPersonalData(mapper.writer())
        .writeValueAsString(dataset);                              // no names or contacts of people
    // end::jackson2-recommended[]
    return shared;
  }

  /**
   * Reads a document and describes what is wrong with it, if anything.
   *
   * @param json the document, not null
   * @return "ok", or the path and reason of the first problem
   * @throws IOException if the input cannot be read at all
   */
  public static String problemIn(String json) throws IOException {
    // tag::jackson2-errors[]
    try {
      ResettlementJson.newMapper().readValue(json, Dataset.class);
      return "ok";
    } catch (ResettlementJsonException e) {
      return e.path() + ": " + e.reason();                         // events[0].period.end: ...
    }
    // end::jackson2-errors[]
  }
}
