package org.resettlement.jackson3;

import java.io.InputStream;
import org.resettlement.wireformat.hostile.ReadCampaign.Rejection;
import org.resettlement.wireformat.hostile.ReadCampaign.Subject;
import tools.jackson.databind.ObjectMapper;

/** A mapper of this module, as the hostile-input campaigns of the wire format read with it. */
final class CampaignReader implements Subject {
  private final String name;
  private final ObjectMapper mapper;
  private final boolean refusesUnknownProperties;

  private CampaignReader(String name, ObjectMapper mapper, boolean refusesUnknownProperties) {
    this.name = name;
    this.mapper = mapper;
    this.refusesUnknownProperties = refusesUnknownProperties;
  }

  /** The mapper of {@link ResettlementJson#newMapper()}. */
  static CampaignReader recommended() {
    return new CampaignReader("Jackson 3, recommended mapper", ResettlementJson.newMapper(), true);
  }

  /** A mapper of {@link ResettlementJson} that skips unknown properties. */
  static CampaignReader lenient() {
    return new CampaignReader(
        "Jackson 3, mapper skipping unknown properties", ResettlementJson.builder().failOnUnknownProperties(false).build(), false);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean refusesUnknownProperties() {
    return refusesUnknownProperties;
  }

  @Override
  public Object read(Object source, Class<?> type) {
    if (source instanceof String text) {
      return mapper.readValue(text, type);
    }
    if (source instanceof byte[] bytes) {
      return mapper.readValue(bytes, type);
    }
    return mapper.readValue((InputStream) source, type);
  }

  @Override
  public Object writeAndRead(Object value, Class<?> type) {
    return mapper.readValue(mapper.writerFor(type).writeValueAsBytes(value), type);
  }

  @Override
  public Rejection rejection(Throwable problem) {
    if (problem instanceof ResettlementJsonException documented) {
      return new Rejection(documented.pointer().toString(), documented.path(), documented.reason(), documented.getMessage());
    }
    return null;
  }

  @Override
  public String toString() {
    return name;
  }
}
