package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which methods {@link RecordAccessorPropertySelectionStrategy} takes as properties. */
class RecordAccessorPropertySelectionStrategyTest {

  private final RecordAccessorPropertySelectionStrategy strategy = new RecordAccessorPropertySelectionStrategy();

  private static ConstrainableExecutable method(String name, Class<?> returnType, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returnType;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }

  @ParameterizedTest
  @CsvSource({"name, name", "fulfilled, fulfilled", "id, id", "overfulfilled, overfulfilled",
      "getName, name", "getURL, URL", "getX, x", "isolated, isolated", "history, history", "getaway, getaway",
      "get, get", "is, is", "has, has", "setName, setName", "hasPersonalData, hasPersonalData"})
  void getProperty_objectReturningAccessors(String method, String property) {
    assertThat(strategy.getProperty(method(method, Object.class))).contains(property);
  }

  @ParameterizedTest
  @CsvSource({"isOpenEnded, openEnded", "hasPersonalData, personalData", "online, online", "isExact, exact",
      "is, is", "has, has", "hasty, hasty", "island, island"})
  void getProperty_booleanAccessors(String method, String property) {
    assertThat(strategy.getProperty(method(method, boolean.class))).contains(property);
  }

  @Test
  void getProperty_isPrefixOnNonBooleanIsRecordStyle() {
    assertThat(strategy.getProperty(method("isbn", String.class))).contains("isbn");
    assertThat(strategy.getProperty(method("isOpen", String.class))).contains("isOpen");
  }

  @ParameterizedTest
  @ValueSource(strings = {"toString", "hashCode", "clone", "builder", "build", "toBuilder"})
  void getProperty_rejectsObjectAndBuilderMethods(String name) {
    assertThat(strategy.getProperty(method(name, Object.class))).isEmpty();
  }

  @Test
  void getProperty_rejectsMethodsWithParametersOrWithoutResult() {
    assertThat(strategy.getProperty(method("withName", Object.class, String.class))).isEmpty();
    assertThat(strategy.getProperty(method("run", void.class))).isEmpty();
    assertThat(strategy.getProperty(method("getName", Optional.class, int.class))).isEmpty();
  }

  @Test
  void getGetterMethodNameCandidates_recordStyleFirst() {
    assertThat(strategy.getGetterMethodNameCandidates("fulfilled"))
        .isEqualTo(List.of("fulfilled", "getFulfilled", "isFulfilled", "hasFulfilled"));
    assertThat(strategy.getGetterMethodNameCandidates("")).isEqualTo(List.of("", "get", "is", "has"));
  }
}
