package org.resettlement.benchmarks.json;

import java.io.OutputStream;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.baseline.RecordJson3;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.Dataset;
import org.resettlement.jackson3.ResettlementJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * {@link JsonBenchmark} for Jackson 3: {@code resettlement-jackson3} against the records bound by
 * {@link RecordJson3}, and the raw {@link JsonParser} of the same mapper.
 */
public class Jackson3Json extends JsonBenchmark {
  private final JsonMapper ours = ResettlementJson.newMapper();
  private final JsonMapper records = RecordJson3.newMapper();
  private final ObjectReader oursReader = ours.readerFor(Dataset.class);
  private final ObjectReader recordsReader = records.readerFor(RecordModel.Dataset.class);
  private final ObjectWriter oursWriter = ours.writerFor(Dataset.class);
  private final ObjectWriter recordsWriter = records.writerFor(RecordModel.Dataset.class);
  private Object oursDataset;
  private Object recordsDataset;
  private TokenBuffer tokens;

  /** Creates the benchmark; JMH calls this. */
  public Jackson3Json() {}

  @Override
  protected void prepare() {
    oursDataset = bindOurs(json);
    recordsDataset = bindRecords(json);
    try (JsonParser parser = ours.createParser(json)) {
      parser.nextToken();
      tokens = TokenBuffer.forGeneration();
      tokens.copyCurrentStructure(parser);
    }
  }

  @Override
  protected Object bindOurs(byte[] document) {
    return oursReader.readValue(document);
  }

  @Override
  protected Object bindRecords(byte[] document) {
    return recordsReader.readValue(document);
  }

  @Override
  protected void parseTokens(byte[] document, Blackhole sink) {
    // The parser of our mapper: the same features (duplicate detection included).
    try (JsonParser parser = ours.createParser(document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case PROPERTY_NAME:
            sink.consume(parser.currentName());
            break;
          case VALUE_STRING:
            sink.consume(parser.getString());
            break;
          case VALUE_NUMBER_INT:
            sink.consume(parser.getLongValue());
            break;
          case VALUE_NUMBER_FLOAT:
            sink.consume(parser.getDoubleValue());
            break;
          default:
            sink.consume(token);
        }
      }
    }
  }

  @Override
  protected void serializeOurs(OutputStream out) {
    oursWriter.writeValue(out, oursDataset);
  }

  @Override
  protected void serializeRecords(OutputStream out) {
    recordsWriter.writeValue(out, recordsDataset);
  }

  @Override
  protected void serializeTokens(OutputStream out) {
    try (JsonGenerator generator = ours.createGenerator(out)) {
      tokens.serialize(generator);
    }
  }
}
