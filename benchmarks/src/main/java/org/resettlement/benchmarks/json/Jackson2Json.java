package org.resettlement.benchmarks.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.OutputStream;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.baseline.RecordJson2;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.Dataset;
import org.resettlement.jackson.ResettlementJson;

/**
 * {@link JsonBenchmark} for Jackson 2: {@code resettlement-jackson} against the records bound by
 * {@link RecordJson2}, and the raw {@link JsonParser} of the same mapper.
 */
public class Jackson2Json extends JsonBenchmark {
  private final JsonMapper ours = ResettlementJson.newMapper();
  private final JsonMapper records = RecordJson2.newMapper();
  private final ObjectReader oursReader = ours.readerFor(Dataset.class);
  private final ObjectReader recordsReader = records.readerFor(RecordModel.Dataset.class);
  private final ObjectWriter oursWriter = ours.writerFor(Dataset.class);
  private final ObjectWriter recordsWriter = records.writerFor(RecordModel.Dataset.class);
  private Object oursDataset;
  private Object recordsDataset;
  private TokenBuffer tokens;

  /** Creates the benchmark; JMH calls this. */
  public Jackson2Json() {}

  @Override
  protected void prepare() throws IOException {
    oursDataset = bindOurs(json);
    recordsDataset = bindRecords(json);
    try (JsonParser parser = ours.createParser(json)) {
      parser.nextToken();
      tokens = ours.getDeserializationContext().bufferAsCopyOfValue(parser);
    }
  }

  @Override
  protected Object bindOurs(byte[] document) throws IOException {
    return oursReader.readValue(document);
  }

  @Override
  protected Object bindRecords(byte[] document) throws IOException {
    return recordsReader.readValue(document);
  }

  @Override
  protected void parseTokens(byte[] document, Blackhole sink) throws IOException {
    // The parser of our mapper: the same features (duplicate detection included).
    try (JsonParser parser = ours.createParser(document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case FIELD_NAME:
            sink.consume(parser.currentName());
            break;
          case VALUE_STRING:
            sink.consume(parser.getText());
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
  protected void serializeOurs(OutputStream out) throws IOException {
    oursWriter.writeValue(out, oursDataset);
  }

  @Override
  protected void serializeRecords(OutputStream out) throws IOException {
    recordsWriter.writeValue(out, recordsDataset);
  }

  @Override
  protected void serializeTokens(OutputStream out) throws IOException {
    try (JsonGenerator generator = ours.createGenerator(out)) {
      tokens.serialize(generator);
    }
  }
}
