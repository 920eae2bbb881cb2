package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.ContactKind;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.PersonId;

/**
 * Reading Popolo documents that say more than the model holds, or say it wrongly: every such value
 * is an issue at its place, never dropped in silence, and never an exception.
 */
class PopoloReadTest {

  //-----------------------------------------------------------------------
  // The examples of the Popolo specification.

  @Test
  void specificationExamples_areReadAsFarAsTheModelHolds_withAnIssueForEveryOtherValue() throws IOException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("organizations", List.of(example("organization")));
    document.put("persons", List.of(example("person")));
    document.put("memberships", List.of(example("membership")));
    document.put("events", List.of(example("event")));

    PopoloImport read = Popolo.read(document);

    assertThat(read.issues().stream().map(ImportIssue::toString)).containsExactly(
        "organizations[0].founding_date: not imported: an organisation has no founding date in this model",
        "organizations[0].dissolution_date: not imported: an organisation has no dissolution date in this model",
        "organizations[0].image: not imported: the model has no place for this property of an organization",
        "organizations[0].links: not imported: the model has no place for this property of an organization",
        "organizations[0].other_names[0]: not imported: alternate and former names are not kept; only names in a language (with lang) and the acronym are",
        "organizations[0].other_names[1]: not imported: alternate and former names are not kept; only names in a language (with lang) and the acronym are",
        "organizations[0].other_names[2]: not imported: alternate and former names are not kept; only names in a language (with lang) and the acronym are",
        "organizations[0].classification: 'Corporation' is not a kind of organisation of this model; read as other",
        "organizations[0].contact_details[0].note: not imported: the model has no place for this property of a contact detail",
        "persons[0].other_names: not imported: a person's name is kept in one form only",
        "persons[0].identifiers: not imported: the model has no place for this property of a person",
        "persons[0].gender: not imported: the model has no place for this property of a person",
        "persons[0].birth_date: not imported: the model has no place for this property of a person",
        "persons[0].death_date: not imported: the model has no place for this property of a person",
        "persons[0].image: not imported: the model has no place for this property of a person",
        "persons[0].summary: not imported: the model has no place for this property of a person",
        "persons[0].biography: not imported: the model has no place for this property of a person",
        "persons[0].national_identity: not imported: the model has no place for this property of a person",
        "persons[0].links: not imported: the model has no place for this property of a person",
        "persons[0].contact_details[0].note: not imported: the model has no place for this property of a contact detail",
        "persons[0].contact_details[0].type: 'cell' is read as a telephone number; the model does not tell kinds of telephone apart",
        "memberships[0].id: not imported: a membership has no identifier in this model",
        "memberships[0].label: not imported: a membership has a role, not a label, in this model",
        "memberships[0].post_id: not imported: the model has no posts",
        "memberships[0].contact_details: not imported: the model has no place for this property of a membership",
        "memberships[0].links: not imported: the model has no place for this property of a membership",
        "events[0].status: not imported: an event has no status in this model",
        "events[0].identifiers: not imported: an event has no external identifiers in this model",
        "events[0].parent_id: not imported: an event is not part of another event in this model; sessions are not events",
        "events[0].location: not imported: 'House of Commons' names no country after a comma; a venue needs a locality and a country, as in 'Lisboa, PT'",
        "events[0].classification: 'Legislative session' is not a kind of event of this model; read as other");

    Dataset dataset = read.dataset();
    Organisation abc = dataset.organisations().get(0);
    assertThat(abc.name()).isEqualTo(LocalizedText.of("und", "ABC, Inc."));
    assertThat(abc.kind()).isEqualTo(OrganisationKind.OTHER);
    assertThat(abc.parent()).contains(OrganisationId.of("holding-company-corp"));
    assertThat(abc.identifiers()).extracting(Object::toString).containsExactly("DUNS:123456789", "ISIN:US0123456789");
    assertThat(dataset.people().get(0).name()).contains("Mr. John Q. Public, Esq.");
    assertThat(dataset.people().get(0).contacts()).extracting(contact -> contact.kind())
        .containsExactly(ContactKind.EMAIL, ContactKind.PHONE);
    Membership membership = dataset.memberships().get(0);
    assertThat(membership.member()).isEqualTo(PersonId.of("john-q-public"));
    assertThat(membership.period()).contains(DateRange.of(PartialDate.parse("1970-01"), PartialDate.parse("1971-12-31")));
    assertThat(dataset.events().get(0).participants()).extracting(p -> p.participant()).containsExactly(PersonId.of("andrew-scheer"));
    assertThat(dataset.events().get(0).venue()).isEmpty();
  }

  private static Map<?, ?> example(String name) throws IOException {
    return PopoloSchemas.JSON.readValue(PopoloReadTest.class.getResource("/popolo/examples/" + name + ".json"), Map.class);
  }

  //-----------------------------------------------------------------------
  // Records the model cannot build are left out, with an issue.

  @Test
  void organisationWithoutIdOrName_isLeftOut() {
    PopoloImport read = read("organizations", Map.of("name", "No id"), Map.of("id", "no-name"), organization("ok"));

    assertThat(read.dataset().organisations()).extracting(o -> o.id().value()).containsExactly("ok");
    assertThat(issues(read)).containsExactly(
        "organizations[0]: not imported: an organization without an id cannot be referred to",
        "organizations[1]: not imported: an organisation needs a name");
  }

  @Test
  void identifierThatIsNoToken_isLeftOutWithItsRecord() {
    PopoloImport read = read("persons", Map.of("id", "john q"));

    assertThat(read.dataset().people()).isEmpty();
    assertThat(issues(read)).singleElement().asString()
        .startsWith("persons[0].id: not imported: 'john q' is not an identifier: ");
  }

  @Test
  void valuesOfTheWrongType_areIssues() {
    Map<String, Object> org = organization("x");
    org.put("description", 12);
    PopoloImport read = Popolo.read(Map.of("organizations", List.of(org, "text"), "events", "none"));

    assertThat(issues(read)).containsExactly(
        "organizations[0].description: not imported: must be a string, was a number",
        "organizations[1]: not imported: must be an object, was a string",
        "events: not imported: must be an array, was a string");
    assertThat(read.dataset().organisations()).hasSize(1);
  }

  @Test
  void otherListsOfTheDocument_areIssues_emptyOnesAndNullsAreNot() {
    Map<String, Object> document = new HashMap<>();
    document.put("areas", List.of(Map.of("id", "a")));
    document.put("posts", List.of());
    document.put("motions", null);
    Map<String, Object> org = organization("x");
    org.put("image", null);
    org.put("links", List.of());
    document.put("organizations", List.of(org));

    assertThat(issues(Popolo.read(document))).containsExactly(
        "areas: not imported: this library reads the lists organizations, persons, memberships and events");
  }

  //-----------------------------------------------------------------------
  // Names in languages.

  @Test
  void otherNamesWithLang_areTheNameInLanguages_theOneNamedFirst() {
    Map<String, Object> org = organization("cpr");
    org.put("name", "Portuguese Council for Refugees");
    org.put("other_names", List.of(
        Map.of("lang", "pt", "name", "Conselho Português para os Refugiados", "note", "multilingual"),
        Map.of("lang", "en", "name", "Portuguese Council for Refugees"),
        Map.of("name", "CPR", "note", "acronym")));

    PopoloImport read = read("organizations", org);

    assertThat(read.issues()).isEmpty();
    Organisation cpr = read.dataset().organisations().get(0);
    assertThat(cpr.name().defaultLanguage()).isEqualTo("en");
    assertThat(cpr.name().variants()).containsEntry("pt", "Conselho Português para os Refugiados");
    assertThat(cpr.acronym()).contains("CPR");
  }

  @Test
  void nameInNoLanguageOfItsOtherNames_isInTheReadersLanguage() {
    Map<String, Object> org = organization("cpr");
    org.put("name", "CPR Lisboa");
    org.put("other_names", List.of(Map.of("lang", "en", "name", "Portuguese Council for Refugees")));

    Organisation cpr = Popolo.read(Map.of("organizations", List.of(org)), "pt").dataset().organisations().get(0);

    assertThat(cpr.name()).isEqualTo(LocalizedText.of("pt", "CPR Lisboa").and("en", "Portuguese Council for Refugees"));
  }

  @Test
  void badLanguageTag_secondAcronym_andNamelessOtherName_areIssues() {
    Map<String, Object> org = organization("x");
    org.put("other_names", List.of(
        Map.of("lang", "not a tag", "name", "X"),
        Map.of("name", "X1", "note", "acronym"),
        Map.of("name", "X2", "note", "acronym"),
        Map.of("lang", "en")));

    PopoloImport read = read("organizations", org);

    assertThat(issues(read)).containsExactly(
        "organizations[0].other_names[0]: not imported: 'not a tag' is not a well-formed BCP 47 language tag",
        "organizations[0].other_names[2]: not imported: an organisation has one acronym in this model",
        "organizations[0].other_names[3]: not imported: an other name without a name");
    assertThat(read.dataset().organisations().get(0).name()).isEqualTo(LocalizedText.of("und", "X"));
    assertThat(read.dataset().organisations().get(0).acronym()).contains("X1");
  }

  //-----------------------------------------------------------------------
  // Countries, identifiers, contacts and sources.

  @Test
  void areaOfACountry_isTheOrganisationsCountry_otherAreasAreIssues() {
    Map<String, Object> portugal = organization("a");
    portugal.put("area", Map.of("id", "ocd-division/country:pt", "name", "Portugal"));
    Map<String, Object> byAreaId = organization("b");
    byAreaId.put("area_id", "ocd-division/country:pl");
    Map<String, Object> city = organization("c");
    city.put("area", Map.of("id", "ocd-division/country:pt/municipality:lisboa"));
    Map<String, Object> both = organization("d");
    both.put("area", Map.of("id", "ocd-division/country:pt"));
    both.put("area_id", "ocd-division/country:es");

    PopoloImport read = read("organizations", portugal, byAreaId, city, both);

    assertThat(read.dataset().organisations()).extracting(o -> o.country().map(CountryCode::alpha2).orElse("-"))
        .containsExactly("PT", "PL", "-", "PT");
    assertThat(issues(read)).containsExactly(
        "organizations[2].area: not imported: 'ocd-division/country:pt/municipality:lis...' is no country; the only areas of this model are countries, identified as ocd-division/country:pt",
        "organizations[3].area_id: not imported: names another country than area; the country of area is read");
  }

  @Test
  void identifierWithoutScheme_unknownContactType_andSourceWithoutUrl_areIssues() {
    Map<String, Object> org = organization("x");
    org.put("identifiers", List.of(Map.of("identifier", "123"), Map.of("scheme", "duns")));
    org.put("contact_details", List.of(Map.of("type", "twitter", "value", "@ccme"), Map.of("type", "email")));
    org.put("sources", List.of(Map.of("note", "a page"), Map.of("url", "http://exa mple.org"), Map.of("url", "https://ccme.eu")));

    PopoloImport read = read("organizations", org);

    assertThat(issues(read)).containsExactly(
        "organizations[0].identifiers[0]: not imported: an identifier needs a scheme in this model",
        "organizations[0].identifiers[1]: not imported: an identifier without its value",
        "organizations[0].contact_details[0]: not imported: 'twitter' is not a kind of contact point of this model (email, voice, fax, url, social_media)",
        "organizations[0].contact_details[1]: not imported: a contact detail needs a type and a value",
        "organizations[0].sources[0]: not imported: a source link without its url",
        "organizations[0].sources[1].url: not imported: 'http://exa mple.org' is not a web address");
    assertThat(read.dataset().organisations().get(0).sources()).singleElement()
        .satisfies(source -> assertThat(source.title()).isEqualTo(LocalizedText.of("und", "https://ccme.eu")));
  }

  //-----------------------------------------------------------------------
  // Memberships.

  @Test
  void members_areReadByTypeOrByTheDocumentsIds() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("organizations", List.of(organization("coe"), organization("wroclaw")));
    document.put("persons", List.of(Map.of("id", "kevin")));
    document.put("memberships", List.of(
        Map.of("member", Map.of("@type", "Organization", "id", "wroclaw"), "organization_id", "coe"),
        Map.of("member", Map.of("id", "wroclaw"), "organization_id", "coe"),
        Map.of("member", Map.of("id", "kevin"), "organization_id", "coe"),
        Map.of("member", Map.of("@type", "Organization", "id", "ocd-division/country:fr", "classification", "country"),
            "organization_id", "coe"),
        Map.of("member", Map.of("id", "nobody"), "organization_id", "coe"),
        Map.of("member", Map.of("@type", "Post", "id", "chair"), "organization_id", "coe"),
        Map.of("person_id", "kevin", "member", Map.of("id", "wroclaw"), "organization_id", "coe"),
        Map.of("organization_id", "coe")));

    PopoloImport read = Popolo.read(document);

    assertThat(read.dataset().memberships()).extracting(Membership::member).containsExactly(
        OrganisationId.of("wroclaw"), OrganisationId.of("wroclaw"), PersonId.of("kevin"), CountryCode.of("FR"),
        PersonId.of("kevin"));
    assertThat(issues(read)).containsExactly(
        "memberships[4].member: not imported: the member has no @type, and its id names no organization or person of the document",
        "memberships[4]: not imported: a membership needs a member (person_id or member) and an organization_id",
        "memberships[5].member: not imported: 'Post' is not a member of this model (Person or Organization)",
        "memberships[5]: not imported: a membership needs a member (person_id or member) and an organization_id",
        "memberships[6].member: not imported: a membership has one member; person_id is read",
        "memberships[7]: not imported: a membership needs a member (person_id or member) and an organization_id");
  }

  @Test
  void datesWithATime_badDates_endsBeforeStarts_andEndsWithoutStarts_areIssues() {
    PopoloImport read = read("memberships",
        membership(Map.of("start_date", "2011-06-02T09:30:00+01:00")),
        membership(Map.of("start_date", "2 June 2011")),
        membership(Map.of("start_date", "2011-06", "end_date", "2010")),
        membership(Map.of("end_date", "2010")));

    assertThat(read.dataset().memberships()).extracting(m -> m.period().map(Object::toString).orElse("-"))
        .containsExactly("2011-06-02/..", "-", "2011-06/..", "-");
    assertThat(issues(read)).hasSize(4).satisfiesExactly(
        issue -> assertThat(issue).isEqualTo("memberships[0].start_date: the time of day is not kept; read as 2011-06-02"),
        issue -> assertThat(issue).isEqualTo("memberships[1].start_date: not imported: '2 June 2011' is not a date such as 2023, 2023-06 or 2023-06-29"),
        issue -> assertThat(issue).startsWith("memberships[2].end_date: not imported: ").endsWith("; read without an end"),
        issue -> assertThat(issue).isEqualTo("memberships[3].end_date: not imported: a period needs a start in this model"));
  }

  //-----------------------------------------------------------------------
  // Events.

  @Test
  void event_readsLocationOrganiserAndAttendees_andReportsTheRest() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", "lisbon");
    event.put("name", "Workshop");
    event.put("start_date", "2007-11-21");
    event.put("end_date", "2007-11-23");
    event.put("location", "Lisboa, PT");
    event.put("classification", "workshop");
    event.put("organization_id", "ccme");
    event.put("attendees", List.of(Map.of("id", "jose"), Map.of("id", "torsten", "name", "Torsten Moritz"), Map.of("name", "Anon")));

    PopoloImport read = read("events", event, Map.of("id", "no-start", "name", "x"));

    assertThat(issues(read)).containsExactly(
        "events[0].attendees[1].name: not imported: the model has no place for this property of an attendee",
        "events[0].attendees[2].name: not imported: the model has no place for this property of an attendee",
        "events[0].attendees[2]: not imported: an attendee without an id cannot be referred to",
        "events[1]: not imported: an event needs a name and a start_date");
    assertThat(read.dataset().events()).singleElement().satisfies(lisbon -> {
      assertThat(lisbon.venue().orElseThrow().locality()).isEqualTo(LocalizedText.of("und", "Lisboa"));
      assertThat(lisbon.venue().orElseThrow().country()).isEqualTo(CountryCode.of("PT"));
      assertThat(lisbon.organisers()).containsExactly(OrganisationId.of("ccme"));
      assertThat(lisbon.participants()).extracting(p -> p.participant()).containsExactly(PersonId.of("jose"), PersonId.of("torsten"));
      assertThat(lisbon.period()).isEqualTo(DateRange.parse("2007-11-21/2007-11-23"));
    });
  }

  @Test
  void location_isReadWithCountryNamesThatHoldCommas_orAnIsoCode() {
    assertThat(PopoloCodes.locality("Lisboa, Portugal")).hasValue(Map.entry("Lisboa", CountryCode.of("PT")));
    assertThat(PopoloCodes.locality("Port of Spain, Trinidad & Tobago")).hasValue(Map.entry("Port of Spain", CountryCode.of("TT")));
    assertThat(PopoloCodes.locality("Strasbourg, FR")).hasValue(Map.entry("Strasbourg", CountryCode.of("FR")));
    assertThat(PopoloCodes.locality("Wrocław, Dolnośląskie, Poland")).hasValue(Map.entry("Wrocław, Dolnośląskie", CountryCode.of("PL")));
    assertThat(PopoloCodes.locality(", Poland")).isEmpty();
    assertThat(PopoloCodes.locality("Poland")).isEmpty();
    assertThat(PopoloCodes.locality("Somewhere, Atlantis")).isEmpty();
  }

  //-----------------------------------------------------------------------
  // The report itself.

  @Test
  void language_mustBeWellFormed() {
    assertThatThrownBy(() -> Popolo.read(Map.of(), "not a tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("languageTag: 'not a tag' is not a well-formed BCP 47 language tag");
  }

  @Test
  void issue_givesPathPointerAndReason_andQuotesLittleOfAValue() {
    Map<String, Object> org = organization("x");
    org.put("classification", "a classification that goes on and on and on\nand on");
    Map<String, Object> weird = new LinkedHashMap<>();
    weird.put("a/b~c", 1);
    org.put("contact_details", List.of(weird));

    PopoloImport read = read("organizations", org);

    ImportIssue classification = read.issues().get(0);
    assertThat(classification.path()).isEqualTo("organizations[0].classification");
    assertThat(classification.pointer()).isEqualTo("/organizations/0/classification");
    assertThat(classification.reason())
        .isEqualTo("'a classification that goes on and on and...' is not a kind of organisation of this model; read as other");
    ImportIssue odd = read.issues().get(1);
    assertThat(odd.path()).isEqualTo("organizations[0].contact_details[0][\"a/b~c\"]");
    assertThat(odd.pointer()).isEqualTo("/organizations/0/contact_details/0/a~1b~0c");
    assertThat(read.complete()).isFalse();
    assertThat(read.toString()).startsWith("1 organisations, 0 people, 0 memberships, 0 events; 3 issues\n  organizations[0]");
  }

  @Test
  void controlCharactersInNames_areEscapedInPaths() {
    Map<String, Object> org = organization("x");
    org.put("bad\nname", "v");

    assertThat(issues(read("organizations", org))).containsExactly(
        "organizations[0][\"bad\\u000aname\"]: not imported: the model has no place for this property of an organization");
  }

  @Test
  void textThatIsNoUnicode_isAnIssueAtItsPlace_andTheRecordIsKept() {
    Map<String, Object> org = organization("x");
    org.put("description", "half a pair: \uD83D");
    org.put("contact_details", List.of(Map.of("type", "email", "value", "\uDE00@example.org")));
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("id", "p");
    person.put("name", "Ann \uD83D\uDE00");
    person.put("given_name", "\uD83Dx");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("organizations", List.of(org));
    document.put("persons", List.of(person));

    PopoloImport read = Popolo.read(document);

    assertThat(issues(read)).containsExactly(
        "organizations[0].description: not imported: is no Unicode text: an unpaired surrogate at index 13",
        "organizations[0].contact_details[0].value: not imported: is no Unicode text: an unpaired surrogate at index 0",
        "organizations[0].contact_details[0]: not imported: a contact detail needs a type and a value",
        "persons[0].given_name: not imported: is no Unicode text: an unpaired surrogate at index 0");
    assertThat(read.dataset().organisations()).hasSize(1);
    assertThat(read.dataset().people().get(0).name()).contains("Ann \uD83D\uDE00");
  }

  @Test
  void issues_areValues() {
    PopoloImport first = read("organizations", Map.of("name", "x"));
    PopoloImport second = read("organizations", Map.of("name", "x"));

    assertThat(first.issues()).isEqualTo(second.issues());
    assertThat(first.issues().get(0).hashCode()).isEqualTo(second.issues().get(0).hashCode());
    assertThat(first.issues().get(0)).isNotEqualTo(read("persons", Map.of("name", "x")).issues().get(0));
    assertThat(new ImportIssue(JsonPath.ROOT, "a reason").toString()).isEqualTo("a reason");
  }

  //-----------------------------------------------------------------------
  private static Map<String, Object> organization(String id) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("id", id);
    organization.put("name", id.toUpperCase());
    organization.put("classification", "ngo-national");
    return organization;
  }

  private static Map<String, Object> membership(Map<String, Object> dates) {
    Map<String, Object> membership = new LinkedHashMap<>(dates);
    membership.put("person_id", "p");
    membership.put("organization_id", "o");
    return membership;
  }

  @SafeVarargs
  private static PopoloImport read(String list, Map<String, ?>... records) {
    return Popolo.read(Map.of(list, new ArrayList<>(Arrays.asList(records))));
  }

  private static List<String> issues(PopoloImport read) {
    return read.issues().stream().map(ImportIssue::toString).collect(Collectors.toList());
  }
}
