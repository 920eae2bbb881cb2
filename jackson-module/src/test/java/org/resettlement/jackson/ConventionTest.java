package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.wireformat.SeedData;

/**
 * The convention that binds the Immutables value types: only attributes are properties, in
 * declaration order; builder helpers and derived methods are not; absent and empty values are left
 * out; nulls and defaults are read as documented. The mapper's own defaults do not change it.
 */
class ConventionTest extends JsonTestBase {
  private static final String EVENT = "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'}%s}";

  private static Event event() {
    return Event.builder()
        .id(EventId.of("e"))
        .title(LocalizedText.of("en", "t"))
        .kind(EventKind.WORKSHOP)
        .period(DateRange.since(PartialDate.ofYear(2023)))
        .build();
  }

  //-----------------------------------------------------------------------
  @Test
  void write_leavesOutAbsentOptionalsEmptyListsAndFalseDefaults() {
    assertThat(write(event())).isEqualTo(json(String.format(EVENT, "")));
  }

  @Test
  void write_includesTrueDefaultsAndNonDefaultValues() {
    Event online = event().withOnline(true).withOrganisers(OrganisationId.of("o"));
    assertThat(write(online)).isEqualTo(json(String.format(EVENT, ",'online':true,'organisers':['o']")));
  }

  @Test
  void write_leavesOutDerivedMethods() {
    assertThat(write(DateRange.since(PartialDate.ofYear(2004)))).isEqualTo(json("{'start':'2004'}"));
    assertThat(write(Geography.world())).isEqualTo("{}");
    assertThat(write(SeedData.JOSE_MAGALHAES_PERSON)).doesNotContain("displayName", "hasPersonalData", "personalData");
    assertThat(write(SeedData.ILLUSTRATIVE_PLEDGE)).doesNotContain("deliveredQuantity");
  }

  @Test
  void write_putsTheSchemaVersionFirst() {
    assertThat(write(Dataset.builder().build())).isEqualTo(json("{'schemaVersion':'1.1'}"));
    assertThat(write(SeedData.dataset())).startsWith(json("{'schemaVersion':'1.1','organisations':["));
  }

  @Test
  void write_keepsAnEmptyStringInAnOptional() {
    Organisation organisation = organisation().withAcronym("");

    assertThat(write(organisation)).contains(json("'acronym':''"));
    assertThat(read(write(organisation), Organisation.class)).isEqualTo(organisation);
  }

  @Test
  void write_doesNotDependOnTheMappersOrderNamingOrInclusion() throws Exception {
    ObjectMapper unusual =
        JsonMapper.builder()
            .addModule(new ResettlementModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.NON_EMPTY))
            .build();
    Organisation organisation = organisation().withAcronym("");

    assertThat(unusual.writeValueAsString(SeedData.dataset())).isEqualTo(write(SeedData.dataset()));
    assertThat(unusual.writeValueAsString(organisation)).isEqualTo(write(organisation));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"from", "addOrganiser", "addOrganisers", "addAllOrganisers", "withTitle", "build"})
  void read_rejectsBuilderHelpersAsUnknownProperties(String helper) {
    ResettlementJsonException problem = readFails(json(String.format(EVENT, ",'" + helper + "':['o']")), Event.class);

    assertThat(problem.path()).isEqualTo(helper);
    assertThat(problem.reason()).startsWith("unknown property; expected one of: id, title, kind, period, venue, online, organisers,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"openEnded", "earliestDate", "latestDate"})
  void read_rejectsDerivedValuesAsUnknownProperties(String derived) {
    ResettlementJsonException problem = readFails(json("{'start':'2023','" + derived + "':true}"), DateRange.class);

    assertThat(problem.path()).isEqualTo(derived);
    assertThat(problem.reason()).isEqualTo("unknown property; expected one of: start, end");
  }

  @Test
  void read_takesAnAbsentOrNullOptionalAsEmpty() {
    assertThat(read(json(String.format(EVENT, ",'venue':null,'summary':null")), Event.class)).isEqualTo(event());
  }

  @Test
  void read_takesANullListAsEmpty() {
    assertThat(read(json(String.format(EVENT, ",'organisers':null,'representedCountries':null")), Event.class)).isEqualTo(event());
  }

  @Test
  void read_takesAListAsGivenInItsOrder() {
    Event read = read(json(String.format(EVENT, ",'organisers':['b','a','b']")), Event.class);

    assertThat(read.organisers()).containsExactly(OrganisationId.of("b"), OrganisationId.of("a"), OrganisationId.of("b"));
  }

  @Test
  void read_rejectsNullInAList() {
    ResettlementJsonException problem = readFails(json(String.format(EVENT, ",'organisers':['a',null]")), Event.class);

    assertThat(problem.path()).isEqualTo("organisers[1]");
    assertThat(problem.reason()).isEqualTo("must not be null");
  }

  @Test
  void read_rejectsARepeatedElementOfASet() {
    ResettlementJsonException problem = readFails(json(String.format(EVENT, ",'representedCountries':['PL','RO','PL']")), Event.class);

    assertThat(problem.path()).isEqualTo("representedCountries");
    assertThat(problem.reason()).isEqualTo("'PL' is given twice; the elements of this set must differ");
  }

  @Test
  void read_rejectsNullForARequiredProperty() {
    ResettlementJsonException problem = readFails(json("{'id':'e','title':{'en':'t'},'kind':null,'period':{'start':'2023'}}"), Event.class);

    assertThat(problem.path()).isEqualTo("kind");
    assertThat(problem.reason()).isEqualTo("must not be null");
  }

  @Test
  void read_appliesTheModelsDefaultsWhenAbsentOrNull() {
    Pledge absent = read(json("{'id':'p','pledger':{'country':'PT'},'kind':'funding'}"), Pledge.class);
    Pledge nulls = read(json("{'id':'p','pledger':{'country':'PT'},'kind':'funding','status':null,'overfulfilled':null}"), Pledge.class);

    assertThat(absent.status()).isEqualTo(PledgeStatus.ANNOUNCED);
    assertThat(absent.overfulfilled()).isFalse();
    assertThat(nulls).isEqualTo(absent);
    assertThat(read("{\"schemaVersion\":null}", Dataset.class).schemaVersion()).isEqualTo("1.0");
  }

  @Test
  void read_reportsEveryMissingRequiredProperty() {
    ResettlementJsonException problem = readFails(json("{'organisations':[{'id':'o'}]}"), Dataset.class);

    assertThat(problem.path()).isEqualTo("organisations[0]");
    assertThat(problem.reason()).isEqualTo("required but not set: name, kind");
  }

  @Test
  void read_reportsOneMissingRequiredPropertyAtItsPath() {
    ResettlementJsonException problem = readFails(json("{'people':[{'id':'a'},{'name':'Eirini Dourou'}]}"), Dataset.class);

    assertThat(problem.path()).isEqualTo("people[1].id");
    assertThat(problem.reason()).isEqualTo("required but not set");
  }

  @Test
  void read_normalisesAsTheModelDoes() {
    Person read = read("{\"id\":\"p\",\"name\":\"Jose\\u0301\"}", Person.class);

    assertThat(read).isEqualTo(Person.builder().id(PersonId.of("p")).name("José").build());
  }

  private static Organisation organisation() {
    return Organisation.builder()
        .id(OrganisationId.of("o"))
        .name(LocalizedText.of("en", "n"))
        .kind(OrganisationKind.NETWORK)
        .build();
  }
}
