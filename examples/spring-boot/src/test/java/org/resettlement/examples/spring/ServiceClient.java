package org.resettlement.examples.spring;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the service over HTTP with Spring's {@link RestClient}, as any client would. */
final class ServiceClient {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final RestClient client;

  /** An answer of the service, read whatever its status. */
  record Answer(int status, String contentType, URI location, String body) {
    JsonNode json() {
      return PLAIN.readTree(body);
    }

    /** The entries of a problem detail's {@code errors}. */
    List<JsonNode> errors() {
      List<JsonNode> errors = new ArrayList<>();
      json().get("errors").forEach(errors::add);
      return errors;
    }
  }

  ServiceClient(int port) {
    client = RestClient.create("http://localhost:" + port);
  }

  /** Sends a request, with a JSON body unless it is null, and reads the answer. */
  Answer send(HttpMethod method, String path, String body, String language) {
    RestClient.RequestBodySpec request = client.method(method).uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body.getBytes(UTF_8));
    }
    return request.exchange((sent, response) -> new Answer(
        response.getStatusCode().value(),
        String.valueOf(response.getHeaders().getContentType()),
        response.getHeaders().getLocation(),
        new String(response.getBody().readAllBytes(), UTF_8)));
  }

  /** Sends a JSON document, asking for English. */
  Answer post(String path, String body) {
    return send(HttpMethod.POST, path, body, "en");
  }

  /** Reads a resource, asking for English. */
  Answer get(String path) {
    return send(HttpMethod.GET, path, null, "en");
  }
}
