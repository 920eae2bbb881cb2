package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Person;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.BadDocuments.BadDocument;

/**
 * A mapper, and the module registered in it, used from 8 threads at once for 10,000 cheap
 * operations each (writing and reading short generated values of every type, writing people
 * without personal data, refusing bad documents) gives every operation the result it gives on a
 * single thread, where none of them throws. Each run starts from a new mapper, so that the threads also build its
 * serializers and deserializers at the same time. A plain mapper that shares one module instance
 * with the single-threaded one runs a fifth as many operations.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS_PER_THREAD = 10_000;
  private static final long SEED = 20_231_113L;
  private static final int VALUES_PER_TYPE = 4;
  private static final int SHORT_DOCUMENT = 400;

  static Stream<Arguments> mappers() {
    ResettlementModule shared = new ResettlementModule();
    return Stream.of(
        Arguments.of("ResettlementJson.newMapper()", (Supplier<ObjectMapper>) ResettlementJson::newMapper, OPERATIONS_PER_THREAD),
        Arguments.of("a plain ObjectMapper with one ResettlementModule instance",
            (Supplier<ObjectMapper>) () -> new ObjectMapper().registerModule(shared), OPERATIONS_PER_THREAD / 5));
  }

  /** An operation on a mapper, which gives a value, a document, or the reason a document is refused. */
  @FunctionalInterface
  private interface Operation {
    Object on(ObjectMapper mapper) throws Exception;
  }

  private record Named(String name, Operation operation) {}

  /**
   * An exception an operation threw instead of giving its result (a refusal of a bad document is
   * a result). Equal failures compare equal, so that the threads' results can be compared with
   * the reference; the reference itself must hold none.
   */
  private record Failure(String description) {}

  /**
   * Cheap operations: writing and reading values of every type whose documents are short (up to
   * {@value #SHORT_DOCUMENT} bytes), writing people without personal data, and refusing bad
   * documents.
   */
  private static List<Named> operations(ObjectMapper writer) throws Exception {
    SampleData sample = SampleData.withSeed(SEED);
    List<Named> operations = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>(SampleData.supportedTypes());
    types.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : types) {
      for (Object value : sample.list(type, VALUES_PER_TYPE)) {
        byte[] json = writer.writerFor(type).writeValueAsBytes(value);
        if (json.length <= SHORT_DOCUMENT) {
          operations.add(new Named("write " + type.getSimpleName() + " " + value, mapper -> mapper.writerFor(type).writeValueAsString(value)));
          operations.add(new Named("read " + type.getSimpleName() + " " + value, mapper -> mapper.readerFor(type).readValue(json)));
        }
      }
    }
    for (Person person : sample.list(Person.class, VALUES_PER_TYPE)) {
      operations.add(new Named("write without personal data " + person.id(),
          mapper -> ResettlementJson.withoutPersonalData(mapper.writer()).writeValueAsString(person)));
    }
    for (BadDocument bad : BadDocuments.refusedBySchemaAndReaders()) {
      operations.add(new Named("refuse " + bad.name(), mapper -> refusal(mapper, bad)));
    }
    for (BadDocument bad : BadDocuments.datasetsWithABadEvent()) {
      operations.add(new Named("refuse " + bad.name(), mapper -> refusal(mapper, bad)));
    }
    return operations;
  }

  private static String refusal(ObjectMapper mapper, BadDocument bad) throws IOException {
    try {
      return "read " + mapper.readValue(bad.json(), bad.type());
    } catch (ResettlementJsonException e) {
      return "refused at " + e.path() + ": " + e.reason();
    }
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void mapperUsedFromEightThreads_givesTheResultsOfASingleThread(
      String name, Supplier<ObjectMapper> newMapper, int operationsPerThread) throws Exception {
    ObjectMapper alone = newMapper.get();
    List<Named> operations = operations(alone);
    List<Object> expected = new ArrayList<>();
    for (Named operation : operations) {
      expected.add(resultOf(operation, alone));
    }
    // Operations that all failed alike on every thread would compare equal: the reference must
    // hold results only.
    assertThat(expected).filteredOn(Failure.class::isInstance).as("%s on a single thread", name).isEmpty();

    ObjectMapper shared = newMapper.get();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<String>> task = () -> {
          start.await();
          List<String> differences = new ArrayList<>();
          for (int i = 0; i < operationsPerThread; i++) {
            // Each thread walks the operations from its own place, so that they meet every
            // operation at different times.
            int index = (thread * operations.size() / THREADS + i) % operations.size();
            Object result = resultOf(operations.get(index), shared);
            if (!Objects.equals(result, expected.get(index)) && differences.size() < 5) {
              differences.add(operations.get(index).name() + ": " + result + " instead of " + expected.get(index));
            }
          }
          return differences;
        };
        threads.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> thread : threads) {
        assertThat(thread.get(5, TimeUnit.MINUTES)).as("%s, %d operations of %d kinds", name, operationsPerThread,
            operations.size()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Object resultOf(Named operation, ObjectMapper mapper) {
    try {
      return operation.operation().on(mapper);
    } catch (Exception e) {
      return new Failure(operation.name() + " failed with " + e);
    }
  }
}
