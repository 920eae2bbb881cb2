package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.Funding;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Source;
import org.resettlement.wireformat.SeedData;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The convention that binds the Immutables value types, on Jackson 3: the mapper's own settings,
 * Jackson 3's defaults (properties sorted alphabetically, unknown properties skipped, nulls for
 * primitives refused) and Jackson 2's alike, do not change what is written or how nulls and
 * defaults are read.
 */
class ConventionTest extends JsonTestBase {
  private static final String EVENT = "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'}%s}";

  static Stream<JsonMapper> unusualMappers() {
    return Stream.of(
        plainMapper(),
        JsonMapper.builder().addModule(new ResettlementModule()).configureForJackson2().build(),
        JsonMapper.builder()
            .addModule(new ResettlementModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(
                inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
            .build());
  }

  @ParameterizedTest
  @MethodSource("unusualMappers")
  void write_doesNotDependOnTheMappersSettings(JsonMapper unusual) {
    Organisation organisation = organisation().withAcronym("");
    Source source = Source.builder().title(LocalizedText.of("en", "t")).accessedOn(LocalDate.of(2024, 3, 1)).build();
    Project project =
        Project.builder().id(ProjectId.of("p")).title(LocalizedText.of("en", "t")).duration(Period.ofYears(2)).build();

    assertThat(unusual.writeValueAsString(SeedData.dataset())).isEqualTo(write(SeedData.dataset()));
    assertThat(unusual.writeValueAsString(organisation)).isEqualTo(write(organisation)).contains(json("'acronym':''"));
    assertThat(unusual.writeValueAsString(source)).isEqualTo(json("{'title':{'en':'t'},'accessedOn':'2024-03-01'}"));
    assertThat(unusual.writeValueAsString(Funding.builder().year(Year.of(2005)).build())).isEqualTo(json("{'year':'2005'}"));
    assertThat(unusual.writeValueAsString(project)).isEqualTo(json("{'id':'p','title':{'en':'t'},'duration':'P2Y'}"));
  }

  @ParameterizedTest
  @MethodSource("unusualMappers")
  void read_appliesTheModelsNullsAndDefaultsWhateverTheMappersSettings(JsonMapper unusual) {
    Pledge absent = unusual.readValue(json("{'id':'p','pledger':{'country':'PT'},'kind':'funding'}"), Pledge.class);
    Pledge nulls =
        unusual.readValue(
            json("{'id':'p','pledger':{'country':'PT'},'kind':'funding','status':null,'overfulfilled':null}"), Pledge.class);

    assertThat(absent.status()).isEqualTo(PledgeStatus.ANNOUNCED);
    assertThat(nulls).isEqualTo(absent);
    assertThat(unusual.readValue(json(String.format(EVENT, ",'online':null,'venue':null,'organisers':null")), Event.class))
        .isEqualTo(event());
    assertThat(unusual.readValue("{\"schemaVersion\":null}", Dataset.class).schemaVersion()).isEqualTo("1.0");
    // The wire format's default version, 1.0, not the version written, which a dataset built in Java has.
    assertThat(unusual.readValue("{}", Dataset.class).schemaVersion()).isEqualTo("1.0");
    assertThat(write(Dataset.builder().build())).isEqualTo(json("{'schemaVersion':'1.1'}"));
    assertThat(readFails(unusual, json("{'id':'e','title':{'en':'t'},'kind':null,'period':{'start':'2023'}}"),
            unusual.constructType(Event.class)).reason())
        .isEqualTo("must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"from", "addOrganiser", "addOrganisers", "addAllOrganisers", "withTitle", "build"})
  void read_rejectsBuilderHelpersAsUnknownProperties(String helper) {
    JsonMapper strictPlain =
        JsonMapper.builder().addModule(new ResettlementModule()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    String document = json(String.format(EVENT, ",'" + helper + "':['o']"));

    for (JsonMapper each : new JsonMapper[] {mapper, strictPlain}) {
      ResettlementJsonException problem = readFails(each, document, each.constructType(Event.class));

      assertThat(problem.path()).isEqualTo(helper);
      assertThat(problem.reason()).startsWith("unknown property; expected one of: id, title, kind, period, venue, online, organisers,");
    }
  }

  private static Event event() {
    return Event.builder()
        .id(EventId.of("e"))
        .title(LocalizedText.of("en", "t"))
        .kind(EventKind.WORKSHOP)
        .period(DateRange.since(PartialDate.ofYear(2023)))
        .build();
  }

  private static Organisation organisation() {
    return Organisation.builder()
        .id(OrganisationId.of("o"))
        .name(LocalizedText.of("en", "n"))
        .kind(OrganisationKind.NETWORK)
        .build();
  }
}
