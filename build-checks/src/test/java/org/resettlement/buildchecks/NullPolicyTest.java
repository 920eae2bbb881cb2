package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Discrepancy;
import org.resettlement.core.Geography;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationIndex;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.ObservationTotal;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.StatisticMetric;
import org.resettlement.statistics.io.ReadProblem;
import org.resettlement.statistics.io.StatisticsReader;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;

/**
 * The null policy of the published modules, checked on every public constructor and method with a
 * reference parameter: each is called with {@code null} in that position and sample values in the
 * others.
 *
 * <ul>
 *   <li>Where a value of the model is built (the factories and the copy methods of core values, and
 *       their builders), {@code null} is invalid data: an {@link InvalidValueException} that names
 *       the type and the field, so that the JSON modules can report its path.
 *   <li>Everywhere else it is a programming error: a {@link NullPointerException} whose message is
 *       the parameter's name, as in {@code java.time}.
 * </ul>
 *
 * <p>The policy is written down in the package documentation of {@code org.resettlement.core}.
 * The exceptions to it are listed below, each with its reason.
 */
class NullPolicyTest {

  /** The packages that the published modules export; resettlement-json-support is internal. */
  static final List<String> PUBLISHED_PACKAGES =
      List.of(
          "org.resettlement.core",
          "org.resettlement.jackson",
          "org.resettlement.jackson3",
          "org.resettlement.validation",
          "org.resettlement.openstandards",
          "org.resettlement.testkit",
          "org.resettlement.testkit.junit",
          "org.resettlement.testkit.instancio",
          "org.resettlement.testkit.validation",
          "org.resettlement.statistics.io");

  private static final String CORE = "org.resettlement.core";

  /**
   * Parameters documented as nullable, by method and parameter name, each with the reason. Add one
   * only when null has a meaning there that the Javadoc states.
   */
  static final Map<String, String> NULLABLE_PARAMETERS =
      Map.of(
          "org.resettlement.jackson.ResettlementJsonException(parser, pointer, reason, cause) cause",
          "a problem found without another exception has no cause, as in every Throwable",
          "org.resettlement.jackson3.ResettlementJsonException(parser, pointer, reason, cause) cause",
          "a problem found without another exception has no cause, as in every Throwable",
          "org.resettlement.testkit.SampleData.supports(type) type",
          "a question about any type; null is a type SampleData does not make, so the answer is false",
          "org.resettlement.testkit.validation.ViolationAssert.assertThat(violations) violations",
          "the actual value of an AssertJ assertion, which may be null: the assertions then fail");

  /**
   * Static methods of core values that return the value's type without building it from data:
   * operations, which refuse null as every other operation does.
   */
  static final Map<String, String> OPERATIONS =
      Map.of("org.resettlement.core.Quantity.sum", "adds quantities up, as Quantity.plus does two");

  /**
   * Why the generated overloads of builders and copy methods that take a whole {@code Iterable},
   * array or {@code Optional} are only required to throw a {@link NullPointerException}.
   */
  static final String GENERATED_OVERLOADS =
      "Immutables writes these methods, final, and iterates or unwraps the argument without a"
          + " check of its own: it names no field, and no style option changes that; pass an empty"
          + " collection or Optional.empty() instead";

  private static final long SEED = 20231113L;

  @Test
  void everyPublicMethodAndConstructor_refusesNullAsThePolicySays() throws Exception {
    NullPolicy policy = new NullPolicy();
    List<String> violations = new ArrayList<>();
    for (Class<?> type : publishedTypes()) {
      violations.addAll(policy.check(type));
    }
    violations.addAll(policy.uncheckedInheritedMethods());

    assertThat(violations).as("null policy violations").isEmpty();
    // Every package but the Instancio provider's has methods with reference parameters; a scan
    // that reached fewer packages, or made few calls, checked nothing.
    List<String> withParameters = new ArrayList<>(PUBLISHED_PACKAGES);
    withParameters.remove("org.resettlement.testkit.instancio");
    assertThat(policy.checkedPackages()).containsExactlyInAnyOrderElementsOf(withParameters);
    assertThat(policy.checkedCalls()).isGreaterThan(900);
  }

  @Test
  void everyListedException_namesAPublicParameterOrMethod_andGivesAReason() throws Exception {
    Set<String> parameters = new TreeSet<>();
    Set<String> staticMethods = new TreeSet<>();
    for (Class<?> type : publishedTypes()) {
      for (Executable executable : NullPolicy.executables(type)) {
        for (Parameter parameter : executable.getParameters()) {
          parameters.add(NullPolicy.signature(type, executable) + " " + parameter.getName());
        }
        if (Modifier.isStatic(executable.getModifiers())) {
          staticMethods.add(type.getName() + "." + executable.getName());
        }
      }
    }

    assertThat(parameters).containsAll(NULLABLE_PARAMETERS.keySet());
    assertThat(staticMethods).containsAll(OPERATIONS.keySet());
    assertThat(NULLABLE_PARAMETERS.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    assertThat(OPERATIONS.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
  }

  @Test
  void theCheck_reportsEveryWayOfBreakingThePolicy() {
    List<String> violations = new NullPolicy().check(Breakers.class);

    assertThat(violations)
        .containsExactlyInAnyOrder(
            Breakers.class.getName() + ".accepts(String id): accepted null for id",
            Breakers.class.getName() + ".bare(String id): expected NullPointerException(\"id\"), threw"
                + " java.lang.NullPointerException",
            Breakers.class.getName() + ".misnamed(String id): expected NullPointerException(\"id\"),"
                + " threw java.lang.NullPointerException: identifier",
            Breakers.class.getName() + ".asInvalidValue(String id): expected NullPointerException(\"id\"),"
                + " threw org.resettlement.core.InvalidValueException: CountryCode.alpha2: must not be null");
  }

  @Test
  void theCheck_requiresTheBuiltTypeAndTheFieldOfAnInvalidValue() {
    NullPolicy policy = new NullPolicy();
    InvalidValueException schemaVersion =
        catchInvalidValue(() -> Dataset.builder().schemaVersion(null));

    assertThat(policy.judgeBuilding(Dataset.class, "schemaVersion", "value", schemaVersion)).isEmpty();
    assertThat(policy.judgeBuilding(Dataset.class, "people", "value", schemaVersion))
        .hasValue("expected InvalidValueException naming Dataset.people, threw "
            + schemaVersion);
    assertThat(policy.judgeBuilding(Pledge.class, null, "value", schemaVersion))
        .hasValue("expected InvalidValueException naming Pledge.value or one of its attributes, threw "
            + schemaVersion);
    assertThat(policy.judgeBuilding(Dataset.class, null, "value", new NullPointerException("value")))
        .hasValue("expected InvalidValueException naming Dataset.value or one of its attributes, threw"
            + " java.lang.NullPointerException: value");
  }

  private static InvalidValueException catchInvalidValue(Runnable building) {
    try {
      building.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("no InvalidValueException");
  }

  /**
   * The public types of the published packages, nested ones included, by name: read from the
   * class files of each module, which takes a fraction of the time of a whole ArchUnit import.
   */
  private static List<Class<?>> publishedTypes() throws IOException, URISyntaxException {
    Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
    for (Class<?> module : MODULES) {
      Path location = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
          Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
        Path root = jar == null ? location : jar.getPath("/");
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = root.relativize(file).toString().replace('/', '.');
          if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF")) {
            String className = name.substring(0, name.length() - ".class".length());
            if (PUBLISHED_PACKAGES.contains(className.substring(0, className.lastIndexOf('.')))) {
              types.add(load(className));
            }
          }
        }
      }
    }
    return types.stream().filter(NullPolicyTest::isPublicApi).collect(Collectors.toList());
  }

  /** A class of each published module, whose location holds the module's classes. */
  private static final List<Class<?>> MODULES =
      List.of(
          Dataset.class,
          org.resettlement.jackson.ResettlementModule.class,
          org.resettlement.jackson3.ResettlementModule.class,
          org.resettlement.validation.ResettlementValidation.class,
          org.resettlement.openstandards.Popolo.class,
          SampleData.class,
          StatisticsReader.class);

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, NullPolicyTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> enclosing = type; enclosing != null; enclosing = enclosing.getEnclosingClass()) {
      if (!Modifier.isPublic(enclosing.getModifiers())) {
        return false;
      }
    }
    return !type.isAnnotation();
  }

  //-----------------------------------------------------------------------
  /** Calls methods with null and judges what they throw. */
  static final class NullPolicy {
    private final SampleData samples = SampleData.withSeed(SEED);
    private final Set<String> checkedPackages = new TreeSet<>();
    private final Set<Method> checkedMethods = new HashSet<>();
    private final Map<Method, Class<?>> uncheckedInherited = new LinkedHashMap<>();
    private final Map<Class<?>, Optional<Object>> receivers = new HashMap<>();
    private int checkedCalls;

    Set<String> checkedPackages() {
      return checkedPackages;
    }

    int checkedCalls() {
      return checkedCalls;
    }

    /** A type's public constructors and its public methods declared in this library. */
    static List<Executable> executables(Class<?> type) {
      List<Executable> executables = new ArrayList<>();
      if (!Modifier.isAbstract(type.getModifiers())) {
        executables.addAll(List.of(type.getConstructors()));
      }
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass().getName().startsWith("org.resettlement.") && !method.isSynthetic()) {
          executables.add(method);
        }
      }
      return executables;
    }

    /** Checks the public constructors and methods of one type. */
    List<String> check(Class<?> type) {
      List<String> violations = new ArrayList<>();
      for (Executable executable : executables(type)) {
        if (executable instanceof Constructor) {
          violations.addAll(checkEach(type, executable));
          continue;
        }
        Method method = (Method) executable;
        if (!checkedMethods.add(method) || !hasCheckedParameter(type, method)) {
          continue;
        }
        if (!Modifier.isStatic(method.getModifiers()) && receiver(type).isEmpty()) {
          // An abstract type's methods are checked through a type that extends it.
          checkedMethods.remove(method);
          uncheckedInherited.putIfAbsent(method, type);
          continue;
        }
        uncheckedInherited.remove(method);
        violations.addAll(checkEach(type, method));
      }
      return violations;
    }

    /** Methods of abstract types that no concrete type in the scan inherited. */
    List<String> uncheckedInheritedMethods() {
      return uncheckedInherited.entrySet().stream()
          .map(entry -> describe(entry.getValue(), entry.getKey()) + ": no instance to call it on")
          .collect(Collectors.toList());
    }

    private List<String> checkEach(Class<?> type, Executable executable) {
      List<String> violations = new ArrayList<>();
      Parameter[] parameters = executable.getParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getType().isPrimitive()) {
          continue;
        }
        String description = describe(type, executable);
        if (!parameters[i].isNamePresent()) {
          violations.add(description + ": compiled without parameter names (-parameters)");
          continue;
        }
        if (isExempt(type, executable, parameters[i])) {
          continue;
        }
        checkedPackages.add(type.getPackageName());
        check(type, executable, i, null).ifPresent(problem -> violations.add(description + ": " + problem));
        Optional<Class<?>> built = builtType(type, executable);
        Object withNullElement = containerOfNull(parameters[i].getType());
        if (built.isPresent() && withNullElement != null) {
          check(type, executable, i, withNullElement)
              .ifPresent(problem -> violations.add(description + ": a null element: " + problem));
        }
      }
      return violations;
    }

    /** Calls an executable with an argument that is or holds null, and judges the outcome. */
    private Optional<String> check(Class<?> type, Executable executable, int at, Object argument) {
      checkedCalls++;
      try {
        Throwable thrown = call(type, executable, at, argument);
        return judge(type, executable, executable.getParameters()[at], argument != null, thrown);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return Optional.of("could not be called: " + e);
      }
    }

    /**
     * An {@code Iterable} or array of the given type that holds one null, or null for a type that
     * holds no elements.
     */
    private static Object containerOfNull(Class<?> type) {
      if (type.isArray()) {
        return Array.newInstance(type.getComponentType(), 1);
      }
      if (type == Set.class) {
        return Collections.singleton(null);
      }
      boolean list = type == Iterable.class || type == Collection.class || type == List.class;
      return list ? Collections.singletonList(null) : null;
    }

    private boolean isExempt(Class<?> type, Executable executable, Parameter parameter) {
      String name = executable.getName();
      if (executable instanceof Method && name.equals("equals") && executable.getParameterCount() == 1) {
        return true; // Object.equals: null is allowed, and not equal to anything.
      }
      if (type.isEnum() && name.equals("valueOf") && Modifier.isStatic(executable.getModifiers())) {
        return true; // Every enum's valueOf, written by the compiler, throws NPE "Name is null".
      }
      return NULLABLE_PARAMETERS.containsKey(signature(type, executable) + " " + parameter.getName());
    }

    /** Calls an executable with the argument given at one position and samples elsewhere. */
    private Throwable call(Class<?> type, Executable executable, int at, Object argument)
        throws ReflectiveOperationException {
      Parameter[] parameters = executable.getParameters();
      Object[] arguments = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        arguments[i] = i == at ? argument : sample(parameters[i]);
      }
      try {
        if (executable instanceof Constructor) {
          ((Constructor<?>) executable).newInstance(arguments);
        } else {
          Method method = (Method) executable;
          // Methods that a public type inherits from a generated, package-private class.
          method.setAccessible(true);
          Object receiver = Modifier.isStatic(method.getModifiers()) ? null : receiver(type).orElseThrow();
          method.invoke(receiver, arguments);
        }
        return null;
      } catch (InvocationTargetException e) {
        return e.getCause();
      }
    }

    //-----------------------------------------------------------------------
    private Optional<String> judge(
        Class<?> type, Executable executable, Parameter parameter, boolean nullElement, Throwable thrown) {
      if (thrown == null) {
        return Optional.of("accepted null for " + parameter.getName());
      }
      Optional<Class<?>> built = builtType(type, executable);
      if (built.isPresent()) {
        if (!nullElement && isGeneratedOverload(executable, parameter)) {
          return thrown instanceof NullPointerException
              ? Optional.empty()
              : Optional.of("expected NullPointerException (" + GENERATED_OVERLOADS + "), threw " + thrown);
        }
        return judgeBuilding(built.get(), attribute(built.get(), executable), parameter.getName(), thrown);
      }
      if (thrown instanceof NullPointerException && parameter.getName().equals(thrown.getMessage())) {
        return Optional.empty();
      }
      return Optional.of("expected NullPointerException(\"" + parameter.getName() + "\"), threw " + thrown);
    }

    /**
     * Judges a refusal of null where a value is built: an {@link InvalidValueException} of the
     * built type about the attribute the method sets, or, for a factory, about the parameter or
     * one of the type's attributes.
     */
    Optional<String> judgeBuilding(Class<?> built, String attribute, String parameter, Throwable thrown) {
      if (thrown instanceof InvalidValueException) {
        InvalidValueException invalid = (InvalidValueException) thrown;
        Optional<String> field = invalid.field();
        boolean namesField =
            field.isPresent()
                && (attribute != null
                    ? field.get().equals(attribute)
                    : field.get().equals(parameter) || attributes(built).contains(field.get()));
        if (invalid.valueType() == built && namesField && invalid.reason().contains("null")) {
          return Optional.empty();
        }
      }
      return Optional.of(
          "expected InvalidValueException naming "
              + built.getSimpleName()
              + "."
              + (attribute != null ? attribute : parameter + " or one of its attributes")
              + ", threw "
              + thrown);
    }

    /**
     * The core type a method builds a value of, if it does: a builder's, a copy method's ({@code
     * with*}, {@code LocalizedText.and}) or a factory's ({@code of}, {@code parse}, {@code from*},
     * and the other static methods of a core type that return it).
     */
    private static Optional<Class<?>> builtType(Class<?> type, Executable executable) {
      if (!type.getPackageName().equals(CORE)) {
        return Optional.empty();
      }
      if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
        return Optional.of(type.getEnclosingClass());
      }
      if (!(executable instanceof Method)) {
        return Optional.empty();
      }
      Method method = (Method) executable;
      boolean returnsType = type.isAssignableFrom(method.getReturnType());
      boolean copies =
          !Modifier.isStatic(method.getModifiers())
              && (method.getName().startsWith("with") || method.getName().equals("and"));
      boolean factory =
          Modifier.isStatic(method.getModifiers())
              && !OPERATIONS.containsKey(type.getName() + "." + method.getName());
      return returnsType && (copies || factory) ? Optional.of(type) : Optional.empty();
    }

    /**
     * The attribute a builder method or copy method sets, as {@link InvalidValueException#field()}
     * names it, or null for a method that names none ({@code from}, {@code LocalizedText.and}).
     */
    private static String attribute(Class<?> built, Executable executable) {
      String name = executable.getName();
      Set<String> attributes = attributes(built);
      String set;
      if (name.startsWith("with")) {
        set = decapitalised(name.substring("with".length()));
      } else if (name.startsWith("addAll")) {
        set = decapitalised(name.substring("addAll".length()));
      } else if (name.startsWith("add")) {
        set = decapitalised(name.substring("add".length()));
      } else {
        set = name;
      }
      return attributes.stream()
          .filter(attribute -> attribute.equals(set) || singular(attribute).equals(singular(set)))
          .findFirst()
          .orElse(null);
    }

    /** The names of a type's accessors. */
    private static Set<String> attributes(Class<?> type) {
      return Stream.of(type.getMethods())
          .filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()))
          .filter(method -> method.getDeclaringClass() != Object.class)
          .map(Method::getName)
          .collect(Collectors.toSet());
    }

    /** An attribute's element name, as Immutables' depluralize makes it for {@code add} methods. */
    private static String singular(String name) {
      if (name.endsWith("people") || name.endsWith("People")) {
        return name.substring(0, name.length() - "ople".length()) + "rson";
      }
      if (name.endsWith("ies")) {
        return name.substring(0, name.length() - 3) + "y";
      }
      return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static String decapitalised(String name) {
      return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Whether a method is one of Immutables' overloads that take a whole {@code Iterable}, array
     * or {@code Optional} ({@link #GENERATED_OVERLOADS}).
     */
    private static boolean isGeneratedOverload(Executable executable, Parameter parameter) {
      Class<?> declaring = executable.getDeclaringClass();
      Class<?> outermost = declaring;
      while (outermost.getEnclosingClass() != null) {
        outermost = outermost.getEnclosingClass();
      }
      boolean generated =
          !Modifier.isPublic(outermost.getModifiers())
              && (outermost.getSimpleName().startsWith("Immutable")
                  || outermost.getSimpleName().startsWith("With"));
      Class<?> argument = parameter.getType();
      return generated && (argument == Iterable.class || argument.isArray() || argument == Optional.class);
    }

    //-----------------------------------------------------------------------
    /**
     * An instance to call a type's methods on: a sample, a new instance, or a factory's value. A
     * builder is made anew for every call, as a call may change it; other instances are made once.
     */
    private Optional<Object> receiver(Class<?> type) {
      if (type.getSimpleName().equals("Builder")) {
        return newReceiver(type);
      }
      return receivers.computeIfAbsent(type, this::newReceiver);
    }

    private Optional<Object> newReceiver(Class<?> type) {
      if (SampleData.supports(type)) {
        return Optional.of(samples.next(type));
      }
      if (type == SampleData.class) {
        return Optional.of(SampleData.withSeed(SEED));
      }
      if (SIMPLE_VALUES.containsKey(type)) {
        // Values that no factory makes from sample arguments, such as Rounding (a unit of 0 is
        // refused).
        return Optional.of(SIMPLE_VALUES.get(type).get());
      }
      if (type == CampaignProgress.class || type == QuotaTotal.class) {
        // Computed views, which a dataset makes.
        Dataset dataset = samples.dataset();
        return Optional.of(
            type == QuotaTotal.class
                ? dataset.quotaTotals().get(0)
                : dataset.campaignProgress(dataset.campaigns().get(0).id()).orElseThrow());
      }
      if (type == StatisticsReader.class) {
        return Optional.of(StatisticsReader.builder().build());
      }
      if (Modifier.isAbstract(type.getModifiers())) {
        return Optional.empty();
      }
      List<Executable> makers = new ArrayList<>(List.of(type.getConstructors()));
      for (Class<?> owner = type; owner != null; owner = owner.getEnclosingClass()) {
        for (Method method : owner.getMethods()) {
          if (Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type) {
            makers.add(method);
          }
        }
      }
      makers.sort(Comparator.comparingInt(Executable::getParameterCount));
      for (Executable maker : makers) {
        try {
          Object[] arguments = new Object[maker.getParameterCount()];
          for (int i = 0; i < arguments.length; i++) {
            arguments[i] = sample(maker.getParameters()[i]);
          }
          return Optional.of(
              maker instanceof Constructor
                  ? ((Constructor<?>) maker).newInstance(arguments)
                  : ((Method) maker).invoke(null, arguments));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // Try the next way of making one.
        }
      }
      return Optional.empty();
    }

    /** A value, not null, for a parameter that is not the one under test. */
    private Object sample(Parameter parameter) throws ReflectiveOperationException {
      String named = NAMED_VALUES.get(parameter.getName());
      return named != null && parameter.getType() == String.class ? named : sample(parameter.getType());
    }

    private Object sample(Class<?> type) throws ReflectiveOperationException {
      if (type.isPrimitive()) {
        return defaultOf(type);
      }
      if (type.isArray()) {
        return Array.newInstance(type.getComponentType(), 0);
      }
      if (type.isEnum()) {
        return type.getEnumConstants()[0];
      }
      if (SampleData.supports(type)) {
        return samples.next(type);
      }
      Supplier<?> simple = SIMPLE_VALUES.get(type);
      if (simple != null) {
        return simple.get();
      }
      if (type == ReadProblem.class) {
        // Only a reader makes problems: made here as a reader would.
        Constructor<ReadProblem> constructor = ReadProblem.class.getDeclaredConstructor(
            String.class, long.class, int.class, String.class, String.class);
        constructor.setAccessible(true);
        return constructor.newInstance("a.csv", 2L, 10, "OBS_VALUE", "'12a' is not a whole number");
      }
      Supplier<?> jackson = JACKSON_VALUES.get(type.getName());
      if (jackson != null) {
        return jackson.get();
      }
      if (type.isInterface()) {
        return standIn(type);
      }
      throw new IllegalStateException("no sample value for " + type.getName() + "; add one to NullPolicyTest");
    }

    /** An implementation of an interface of another library whose methods return defaults. */
    private static Object standIn(Class<?> type) {
      return Proxy.newProxyInstance(
          type.getClassLoader(),
          new Class<?>[] {type},
          (proxy, method, arguments) ->
              method.getName().equals("toString") ? type.getSimpleName() + " stand-in" : defaultOf(method.getReturnType()));
    }

    /** The default value of a type: zero, false or null. */
    private static Object defaultOf(Class<?> type) {
      if (type == boolean.class) {
        return Boolean.FALSE;
      }
      return type.isPrimitive() && type != void.class ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    /** Texts for parameters whose names ask for more than any text, so that only null is wrong. */
    private static final Map<String, String> NAMED_VALUES = Map.of("currencyCode", "EUR");

    private static final Map<Class<?>, Supplier<?>> SIMPLE_VALUES =
        Map.ofEntries(
            Map.entry(String.class, () -> "en"),
            Map.entry(CharSequence.class, () -> "en"),
            Map.entry(Object.class, () -> "en"),
            Map.entry(Class.class, () -> Pledge.class),
            Map.entry(Iterable.class, List::of),
            Map.entry(Collection.class, List::of),
            Map.entry(List.class, List::of),
            Map.entry(Set.class, Set::of),
            Map.entry(Map.class, Map::of),
            Map.entry(Optional.class, Optional::empty),
            Map.entry(LocalDate.class, () -> LocalDate.of(2020, 1, 1)),
            Map.entry(Year.class, () -> Year.of(2020)),
            Map.entry(YearMonth.class, () -> YearMonth.of(2020, 1)),
            Map.entry(Period.class, () -> Period.ofYears(1)),
            Map.entry(Locale.class, () -> Locale.ENGLISH),
            Map.entry(BigDecimal.class, () -> BigDecimal.TEN),
            Map.entry(Currency.class, () -> Currency.getInstance("EUR")),
            Map.entry(URI.class, () -> URI.create("https://example.org/")),
            Map.entry(RandomGenerator.class, () -> new SplittableRandom(SEED)),
            Map.entry(Throwable.class, () -> new IllegalStateException("cause")),
            Map.entry(StringBuilder.class, StringBuilder::new),
            Map.entry(DatasetSpec.class, DatasetSpec::empty),
            Map.entry(Path.class, () -> Path.of("no-such-file.csv")),
            Map.entry(InputStream.class, () -> new ByteArrayInputStream(new byte[0])),
            Map.entry(Reader.class, () -> new StringReader("")),
            Map.entry(Writer.class, StringWriter::new),
            Map.entry(OutputStream.class, ByteArrayOutputStream::new),
            Map.entry(Dimension.class, () -> Dimension.SEX),
            Map.entry(Category.class, () -> Sex.FEMALE),
            Map.entry(AgeBand.class, () -> AgeBand.from(65)),
            Map.entry(CountryCategory.class, () -> CountryCategory.STATELESS),
            Map.entry(CategoryCode.class, () -> CategoryCode.of("TIB")),
            Map.entry(DimensionKey.class, () -> DimensionKey.of(Dimension.SEX, Sex.FEMALE)),
            Map.entry(Rounding.class, () -> Rounding.NEAREST_5),
            Map.entry(ObservationFilter.class, ObservationFilter::all),
            // Computed views, which an index makes.
            Map.entry(ObservationTotal.class, () -> ObservationIndex.of(List.of()).total(ObservationFilter.all())),
            Map.entry(Discrepancy.class, NullPolicy::discrepancy),
            Map.entry(Observation.class, () -> Observation.builder()
                .metric(StatisticMetric.RESETTLED_PERSONS)
                .period(DateRange.of(PartialDate.ofYear(2016)))
                .geography(Geography.world())
                .addStatus(ObservationStatus.CONFIDENTIAL)
                .build()));

    /** A margin of 1 whose only cell counts 5. */
    private static Discrepancy discrepancy() {
      Observation total = Observation.of(StatisticMetric.ARRIVALS, DimensionKey.of(),
          DateRange.of(PartialDate.ofYear(2016)), Geography.world(), Quantity.exactly(1));
      Observation women = total.withKey(DimensionKey.of(Dimension.SEX, Sex.FEMALE)).withValue(Quantity.exactly(5));
      return ObservationIndex.of(List.of(total, women)).discrepancies().get(0);
    }

    /** Values of Jackson types, by class name, as both Jackson lines name some classes alike. */
    private static final Map<String, Supplier<?>> JACKSON_VALUES =
        Map.of(
            "com.fasterxml.jackson.core.JsonParser",
            () -> parse(() -> new com.fasterxml.jackson.core.JsonFactory().createParser("{}")),
            "com.fasterxml.jackson.core.JsonPointer",
            () -> com.fasterxml.jackson.core.JsonPointer.compile("/events/0"),
            "tools.jackson.core.JsonParser",
            () ->
                new tools.jackson.core.json.JsonFactory()
                    .createParser(tools.jackson.core.ObjectReadContext.empty(), "{}"),
            "tools.jackson.core.JsonPointer",
            () -> tools.jackson.core.JsonPointer.compile("/events/0"));

    private interface IoSupplier<T> {
      T get() throws IOException;
    }

    private static <T> T parse(IoSupplier<T> parser) {
      try {
        return parser.get();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    //-----------------------------------------------------------------------
    private boolean hasCheckedParameter(Class<?> type, Executable executable) {
      return Stream.of(executable.getParameters())
          .anyMatch(parameter -> !parameter.getType().isPrimitive() && !isExempt(type, executable, parameter));
    }

    static String signature(Class<?> type, Executable executable) {
      String parameters =
          Stream.of(executable.getParameters()).map(Parameter::getName).collect(Collectors.joining(", "));
      String name = executable instanceof Constructor ? "" : "." + executable.getName();
      return type.getName() + name + "(" + parameters + ")";
    }

    private static String describe(Class<?> type, Executable executable) {
      String parameters =
          Stream.of(executable.getParameters())
              .map(parameter -> parameter.getType().getSimpleName() + " " + parameter.getName())
              .collect(Collectors.joining(", "));
      String name = executable instanceof Constructor ? "" : "." + executable.getName();
      return type.getName() + name + "(" + parameters + ")";
    }
  }

  //-----------------------------------------------------------------------
  /** One method that keeps the policy and one for each way of breaking it. */
  public static final class Breakers {
    /** Creates the breakers. */
    public Breakers() {}

    /** Keeps the policy. */
    public int keeps(String id) {
      return Objects.requireNonNull(id, "id").length();
    }

    /** Accepts null. */
    public boolean accepts(String id) {
      return id == null;
    }

    /** Throws a NullPointerException without a name. */
    public int bare(String id) {
      if (id == null) {
        throw new NullPointerException();
      }
      return id.length();
    }

    /** Names something other than the parameter. */
    public int misnamed(String id) {
      return Objects.requireNonNull(id, "identifier").length();
    }

    /** Treats a lookup's null as invalid data of another type. */
    public CountryCode asInvalidValue(String id) {
      return CountryCode.of(id);
    }
  }
}
