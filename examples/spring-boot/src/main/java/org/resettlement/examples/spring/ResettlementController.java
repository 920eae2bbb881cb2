package org.resettlement.examples.spring;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.resettlement.core.Dataset;
import org.resettlement.core.Pledge;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Datasets and pledges, kept in memory: {@code POST} takes a document in the wire format that
 * breaks no rule, {@code GET} returns it in the wire format. A document that cannot be read or
 * that breaks a rule never reaches these methods: {@link ResettlementProblems} answers it.
 */
@RestController
class ResettlementController {

  private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();
  private final AtomicLong lastDataset = new AtomicLong();
  private final Map<String, Pledge> pledges = new ConcurrentHashMap<>();

  // tag::controller[]
  @PostMapping("/datasets")
  ResponseEntity<Void> addDataset(@Valid @RequestBody Dataset dataset) {
    String id = Long.toString(lastDataset.incrementAndGet());
    datasets.put(id, dataset);
    return ResponseEntity.created(URI.create("/datasets/" + id)).build();
  }

  @GetMapping("/datasets/{id}")
  Dataset dataset(@PathVariable String id) {
    return found(datasets.get(id));
  }
  // end::controller[]

  @PostMapping("/pledges")
  ResponseEntity<Void> addPledge(@Valid @RequestBody Pledge pledge) {
    if (pledges.putIfAbsent(pledge.id().value(), pledge) != null) {
      throw new ErrorResponseException(HttpStatus.CONFLICT);
    }
    return ResponseEntity.created(URI.create("/pledges/" + pledge.id().value())).build();
  }

  @GetMapping("/pledges/{id}")
  Pledge pledge(@PathVariable String id) {
    return found(pledges.get(id));
  }

  /** The record, or a 404 problem detail. */
  private static <T> T found(T record) {
    return Optional.ofNullable(record).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
  }
}
