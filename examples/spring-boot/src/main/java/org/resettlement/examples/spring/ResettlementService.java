package org.resettlement.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 service that keeps datasets and pledges of the Resettlement model: it reads them
 * in the wire format with {@code resettlement-jackson3}, checks them against the rules of {@code
 * resettlement-validation} with {@code @Valid}, and answers a document it refuses with an RFC 9457
 * problem detail that names each problem's place, rule and message in the request's language.
 *
 * <p>{@link ResettlementConfiguration} wires the library into Spring Boot, {@link
 * ResettlementController} serves the requests and {@link ResettlementProblems} words the refusals.
 */
@SpringBootApplication
public class ResettlementService {

  /** Spring Boot creates the service; no instance of this class is needed otherwise. */
  public ResettlementService() {}

  /**
   * Starts the service, on port 8080 unless {@code --server.port} says otherwise.
   *
   * @param args Spring Boot's command line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ResettlementService.class, args);
  }
}
