package org.resettlement.openstandards;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.Actor;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Source;

/**
 * Reads a Popolo document into a dataset, with an issue for everything the dataset does not hold
 * as the document says it. docs/open-standards.md gives the mapping, field by field.
 *
 * <p>One reader reads one document; it is not thread-safe.
 */
final class PopoloReader {

  private static final String NOT_IMPORTED = "not imported: ";

  /** A Popolo date-time, which memberships and events allow: the date, then a time and zone. */
  private static final Pattern DATE_TIME =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?)");

  /** Telephone types of Popolo's code list (from vCard) other than {@code voice}. */
  private static final Set<String> OTHER_TELEPHONES = Set.of("text", "cell", "video", "pager", "textphone");

  private static final Set<String> DOCUMENT = Set.of("organizations", "persons", "memberships", "events");
  private static final Set<String> ORGANIZATION =
      Set.of("id", "name", "other_names", "identifiers", "classification", "parent_id", "area", "area_id",
          "description", "contact_details", "sources");
  private static final Set<String> PERSON =
      Set.of("id", "name", "family_name", "given_name", "honorific_prefix", "email", "contact_details", "sources");
  private static final Set<String> MEMBERSHIP =
      Set.of("role", "person_id", "member", "organization_id", "start_date", "end_date", "sources");
  private static final Set<String> EVENT =
      Set.of("id", "name", "description", "start_date", "end_date", "location", "classification",
          "organization_id", "attendees", "sources");

  /** Why a Popolo property has no place in the model, where a general "no place for" says too little. */
  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("organizations.founding_date", "an organisation has no founding date in this model"),
          Map.entry("organizations.dissolution_date", "an organisation has no dissolution date in this model"),
          Map.entry("organizations.parent", "a parent is read from parent_id, not from an embedded organization"),
          Map.entry("organizations.memberships", "memberships are read from the document's list of memberships"),
          Map.entry("organizations.children", "sub-organizations are read from their parent_id"),
          Map.entry("persons.other_names", "a person's name is kept in one form only"),
          Map.entry("persons.memberships", "memberships are read from the document's list of memberships"),
          Map.entry("memberships.id", "a membership has no identifier in this model"),
          Map.entry("memberships.label", "a membership has a role, not a label, in this model"),
          Map.entry("memberships.on_behalf_of_id", "a membership has no organisation it is held on behalf of in this model"),
          Map.entry("memberships.post_id", "the model has no posts"),
          Map.entry("memberships.person", "a person member is read from person_id, not from an embedded person"),
          Map.entry("memberships.organization", "the organisation is read from organization_id, not from an embedded organization"),
          Map.entry("events.status", "an event has no status in this model"),
          Map.entry("events.identifiers", "an event has no external identifiers in this model"),
          Map.entry("events.organization", "the organiser is read from organization_id, not from an embedded organization"),
          Map.entry("events.parent_id", "an event is not part of another event in this model; sessions are not events"),
          Map.entry("events.children", "an event's sessions are not events in this model"));

  private final String language;
  private final List<ImportIssue> issues = new ArrayList<>();
  private final Set<String> organizationIds = new HashSet<>();
  private final Set<String> personIds = new HashSet<>();

  PopoloReader(String language) {
    this.language = language;
  }

  PopoloImport read(Object document) {
    Dataset.Builder dataset = Dataset.builder();
    Map<?, ?> root = object(document, JsonPath.ROOT, "a Popolo document, an object with the lists organizations, persons, memberships and events");
    if (root != null) {
      others(root, JsonPath.ROOT, DOCUMENT, "document", "this library reads the lists organizations, persons, memberships and events");
      List<?> organizations = array(root.get("organizations"), JsonPath.ROOT.property("organizations"));
      List<?> persons = array(root.get("persons"), JsonPath.ROOT.property("persons"));
      collectIds(organizations, organizationIds);
      collectIds(persons, personIds);
      readAll(organizations, JsonPath.ROOT.property("organizations"), this::organisation)
          .forEach(dataset::addOrganisation);
      readAll(persons, JsonPath.ROOT.property("persons"), this::person).forEach(dataset::addPerson);
      readAll(array(root.get("memberships"), JsonPath.ROOT.property("memberships")),
              JsonPath.ROOT.property("memberships"), this::membership)
          .forEach(dataset::addMembership);
      readAll(array(root.get("events"), JsonPath.ROOT.property("events")), JsonPath.ROOT.property("events"), this::event)
          .forEach(dataset::addEvent);
    }
    return new PopoloImport(dataset.build(), issues);
  }

  private static void collectIds(List<?> records, Set<String> ids) {
    if (records != null) {
      for (Object record : records) {
        if (record instanceof Map && ((Map<?, ?>) record).get("id") instanceof String) {
          ids.add((String) ((Map<?, ?>) record).get("id"));
        }
      }
    }
  }

  /** Reads each record of a list; a record that cannot be built is left out with an issue. */
  private <T> List<T> readAll(List<?> records, JsonPath at, Function<Record, T> reading) {
    List<T> read = new ArrayList<>();
    if (records == null) {
      return read;
    }
    for (int i = 0; i < records.size(); i++) {
      JsonPath place = at.index(i);
      Map<?, ?> fields = object(records.get(i), place, "an object");
      if (fields == null) {
        continue;
      }
      try {
        T record = reading.apply(new Record(fields, place));
        if (record != null) {
          read.add(record);
        }
      } catch (InvalidValueException e) {
        issue(place, NOT_IMPORTED + e.reason());
      }
    }
    return read;
  }

  //-----------------------------------------------------------------------
  private Organisation organisation(Record record) {
    record.others("organizations", ORGANIZATION, "an organization");
    Optional<OrganisationId> id = record.id(OrganisationId::of, "an organization");
    Optional<String> name = record.text("name");
    if (id.isEmpty()) {
      return null;
    }
    if (name.isEmpty()) {
      issue(record.at, NOT_IMPORTED + "an organisation needs a name");
      return null;
    }
    Organisation.Builder organisation = Organisation.builder().id(id.get());
    List<Map.Entry<String, String>> variants = new ArrayList<>();
    List<String> acronyms = new ArrayList<>(1);
    record.each("other_names", (otherName, at) -> otherName(otherName, at, variants, acronyms));
    acronyms.stream().findFirst().ifPresent(organisation::acronym);
    organisation.name(localised(name.get(), variants, record.at.property("other_names")));
    organisation.kind(kind(record, OrganisationKind.class, OrganisationKind.OTHER, "a kind of organisation"));
    record.each("identifiers", (identifier, at) -> identifier(identifier, at).ifPresent(organisation::addIdentifier));
    record.id("parent_id", OrganisationId::of).ifPresent(parent -> {
      if (parent.equals(id.get())) {
        issue(record.at.property("parent_id"), NOT_IMPORTED + "an organisation is not its own parent");
      } else {
        organisation.parent(parent);
      }
    });
    Optional<CountryCode> fromArea =
        record.object("area").flatMap(area -> country(area, record.at.property("area")));
    Optional<CountryCode> fromAreaId = record.text("area_id").flatMap(areaId -> {
      Optional<CountryCode> country = PopoloCodes.fromDivision(areaId);
      if (country.isEmpty()) {
        issue(record.at.property("area_id"), NOT_IMPORTED + onlyCountries(areaId));
      }
      return country;
    });
    if (fromArea.isPresent() && fromAreaId.isPresent() && !fromArea.equals(fromAreaId)) {
      issue(record.at.property("area_id"), NOT_IMPORTED + "names another country than area; the country of area is read");
    }
    fromArea.or(() -> fromAreaId).ifPresent(organisation::country);
    record.text("description").ifPresent(description -> organisation.description(LocalizedText.of(language, description)));
    record.each("contact_details", (detail, at) -> contact(detail, at).ifPresent(organisation::addContact));
    record.each("sources", (link, at) -> source(link, at).ifPresent(organisation::addSource));
    return organisation.build();
  }

  /** An other name: a name in a language, or the acronym; any other is an issue. */
  private void otherName(
      Map<?, ?> otherName, JsonPath at, List<Map.Entry<String, String>> variants, List<String> acronyms) {
    Record record = new Record(otherName, at);
    Optional<String> note = record.text("note");
    Optional<String> lang = record.text("lang");
    Optional<String> name = record.text("name");
    if (name.isEmpty()) {
      issue(at, NOT_IMPORTED + "an other name without a name");
      return;
    }
    if (note.equals(Optional.of(PopoloCodes.ACRONYM)) && lang.isEmpty()) {
      record.others("other_names", Set.of("name", "note"), "an acronym");
      if (acronyms.isEmpty()) {
        acronyms.add(name.get());
      } else {
        issue(at, NOT_IMPORTED + "an organisation has one acronym in this model");
      }
      return;
    }
    if (lang.isPresent() && (note.isEmpty() || note.get().equals(PopoloCodes.MULTILINGUAL))) {
      record.others("other_names", Set.of("lang", "name", "note"), "a name in a language");
      try {
        LocalizedText variant = LocalizedText.of(lang.get(), name.get());
        variants.add(Map.entry(variant.defaultLanguage(), variant.text()));
      } catch (InvalidValueException e) {
        issue(at, NOT_IMPORTED + e.reason());
      }
      return;
    }
    issue(at, NOT_IMPORTED + "alternate and former names are not kept; only names in a language (with lang) and the acronym are");
  }

  /**
   * A name and its variants in languages: the variant whose text is the name comes first, as the
   * default; a name in none of the variants is in the reader's language.
   */
  private LocalizedText localised(String name, List<Map.Entry<String, String>> variants, JsonPath at) {
    List<Map.Entry<String, String>> ordered = new ArrayList<>(variants);
    int named = -1;
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).getValue().equals(name)) {
        named = i;
        break;
      }
    }
    if (named >= 0) {
      ordered.add(0, ordered.remove(named));
    } else {
      ordered.add(0, Map.entry(language, name));
    }
    LocalizedText.Builder text = LocalizedText.builder();
    for (Map.Entry<String, String> variant : ordered) {
      try {
        text.add(variant.getKey(), variant.getValue());
      } catch (InvalidValueException e) {
        issue(at, NOT_IMPORTED + "the name in " + variant.getKey() + ": " + e.reason());
      }
    }
    return text.build();
  }

  private Optional<CountryCode> country(Map<?, ?> area, JsonPath at) {
    Object id = area.get("id");
    if (!(id instanceof String)) {
      issue(at, NOT_IMPORTED + "an area without an id; " + onlyCountries(null));
      return Optional.empty();
    }
    Optional<CountryCode> country = PopoloCodes.fromDivision((String) id);
    if (country.isEmpty()) {
      issue(at, NOT_IMPORTED + onlyCountries((String) id));
    }
    return country;
  }

  private static String onlyCountries(String id) {
    return (id == null ? "" : quoted(id) + " is no country; ")
        + "the only areas of this model are countries, identified as ocd-division/country:pt";
  }

  private <E extends Enum<E>> E kind(Record record, Class<E> type, E fallback, String what) {
    Optional<String> classification = record.text("classification");
    JsonPath at = record.at.property("classification");
    if (classification.isEmpty()) {
      issue(at, "absent; read as " + PopoloCodes.kebab(fallback) + ", since the model needs " + what);
      return fallback;
    }
    Optional<E> kind = PopoloCodes.fromKebab(type, classification.get());
    if (kind.isEmpty()) {
      issue(at, quoted(classification.get()) + " is not " + what + " of this model; read as " + PopoloCodes.kebab(fallback));
    }
    return kind.orElse(fallback);
  }

  private Optional<ExternalIdentifier> identifier(Map<?, ?> identifier, JsonPath at) {
    Record record = new Record(identifier, at);
    record.others("identifiers", Set.of("identifier", "scheme"), "an identifier");
    Optional<String> value = record.text("identifier");
    Optional<String> scheme = record.text("scheme");
    if (value.isEmpty()) {
      issue(at, NOT_IMPORTED + "an identifier without its value");
      return Optional.empty();
    }
    if (scheme.isEmpty()) {
      issue(at, NOT_IMPORTED + "an identifier needs a scheme in this model");
      return Optional.empty();
    }
    try {
      return Optional.of(ExternalIdentifier.of(scheme.get(), value.get()));
    } catch (InvalidValueException e) {
      issue(at, NOT_IMPORTED + e.reason());
      return Optional.empty();
    }
  }

  private Optional<ContactPoint> contact(Map<?, ?> detail, JsonPath at) {
    Record record = new Record(detail, at);
    record.others("contact_details", Set.of("label", "type", "value"), "a contact detail");
    Optional<String> type = record.text("type");
    Optional<String> value = record.text("value");
    if (type.isEmpty() || value.isEmpty()) {
      issue(at, NOT_IMPORTED + "a contact detail needs a type and a value");
      return Optional.empty();
    }
    Optional<ContactKind> kind = PopoloCodes.contactKind(type.get());
    if (kind.isEmpty() && OTHER_TELEPHONES.contains(type.get())) {
      issue(at.property("type"), quoted(type.get()) + " is read as a telephone number; the model does not tell kinds of telephone apart");
      kind = Optional.of(ContactKind.PHONE);
    }
    if (kind.isEmpty()) {
      issue(at, NOT_IMPORTED + quoted(type.get()) + " is not a kind of contact point of this model (email, voice, fax, url, social_media)");
      return Optional.empty();
    }
    ContactPoint.Builder contact = ContactPoint.builder().kind(kind.get()).value(value.get());
    record.text("label").ifPresent(contact::label);
    return Optional.of(contact.build());
  }

  private Optional<Source> source(Map<?, ?> link, JsonPath at) {
    Record record = new Record(link, at);
    record.others("sources", Set.of("url", "note"), "a link");
    Optional<String> url = record.text("url");
    if (url.isEmpty()) {
      issue(at, NOT_IMPORTED + "a source link without its url");
      return Optional.empty();
    }
    URI address;
    try {
      address = new URI(url.get());
    } catch (URISyntaxException e) {
      issue(at.property("url"), NOT_IMPORTED + quoted(url.get()) + " is not a web address");
      return Optional.empty();
    }
    String title = record.text("note").orElse(url.get());
    return Optional.of(Source.builder().title(LocalizedText.of(language, title)).url(address).build());
  }

  //-----------------------------------------------------------------------
  private Person person(Record record) {
    record.others("persons", PERSON, "a person");
    Optional<PersonId> id = record.id(PersonId::of, "a person");
    if (id.isEmpty()) {
      return null;
    }
    Person.Builder person = Person.builder().id(id.get());
    record.text("name").ifPresent(person::name);
    record.text("given_name").ifPresent(person::givenName);
    record.text("family_name").ifPresent(person::familyName);
    record.text("honorific_prefix").ifPresent(person::honorific);
    record.text("email").ifPresent(email -> person.addContact(ContactPoint.email(email)));
    record.each("contact_details", (detail, at) -> contact(detail, at).ifPresent(person::addContact));
    record.each("sources", (link, at) -> source(link, at).ifPresent(person::addSource));
    return person.build();
  }

  //-----------------------------------------------------------------------
  private Membership membership(Record record) {
    record.others("memberships", MEMBERSHIP, "a membership");
    Optional<Actor> member = member(record);
    Optional<OrganisationId> organisation = record.id("organization_id", OrganisationId::of);
    if (member.isEmpty() || organisation.isEmpty()) {
      issue(record.at, NOT_IMPORTED + "a membership needs a member (person_id or member) and an organization_id");
      return null;
    }
    Membership.Builder membership = Membership.builder().member(member.get()).organisation(organisation.get());
    record.text("role").ifPresent(role -> membership.role(LocalizedText.of(language, role)));
    period(record, false).ifPresent(membership::period);
    record.each("sources", (link, at) -> source(link, at).ifPresent(membership::addSource));
    return membership.build();
  }

  private Optional<Actor> member(Record record) {
    Optional<PersonId> person = record.id("person_id", PersonId::of);
    Optional<Map<?, ?>> member = record.object("member");
    if (person.isPresent()) {
      member.ifPresent(ignored -> issue(record.at.property("member"), NOT_IMPORTED + "a membership has one member; person_id is read"));
      return Optional.of(person.get());
    }
    if (member.isEmpty()) {
      return Optional.empty();
    }
    JsonPath at = record.at.property("member");
    Record fields = new Record(member.get(), at);
    fields.others("memberships.member", Set.of("@type", "id", "name", "classification"), "a member");
    Optional<String> type = fields.text("@type");
    Optional<String> id = fields.text("id");
    if (id.isEmpty()) {
      issue(at, NOT_IMPORTED + "a member is read by its id");
      return Optional.empty();
    }
    Optional<CountryCode> country = PopoloCodes.fromDivision(id.get());
    boolean organisation = type.map("Organization"::equals).orElse(organizationIds.contains(id.get()) && !personIds.contains(id.get()));
    boolean human = type.map("Person"::equals).orElse(personIds.contains(id.get()) && !organizationIds.contains(id.get()));
    try {
      if (country.isPresent() && !human) {
        return Optional.of(country.get());
      }
      if (organisation) {
        return Optional.of(OrganisationId.of(id.get()));
      }
      if (human) {
        return Optional.of(PersonId.of(id.get()));
      }
    } catch (InvalidValueException e) {
      issue(at.property("id"), NOT_IMPORTED + e.reason());
      return Optional.empty();
    }
    issue(at, NOT_IMPORTED + type.map(value -> quoted(value) + " is not a member of this model (Person or Organization)")
        .orElse("the member has no @type, and its id names no organization or person of the document"));
    return Optional.empty();
  }

  /** The start and end dates of a membership or an event; the end only with a start. */
  private Optional<DateRange> period(Record record, boolean startRequired) {
    Optional<PartialDate> start = date(record, "start_date");
    Optional<PartialDate> end = date(record, "end_date");
    if (start.isEmpty()) {
      if (end.isPresent() && !startRequired) {
        issue(record.at.property("end_date"), NOT_IMPORTED + "a period needs a start in this model");
      }
      return Optional.empty();
    }
    if (end.isPresent()) {
      try {
        return Optional.of(DateRange.of(start.get(), end.get()));
      } catch (InvalidValueException e) {
        issue(record.at.property("end_date"), NOT_IMPORTED + e.reason() + "; read without an end");
      }
    }
    return Optional.of(DateRange.since(start.get()));
  }

  private Optional<PartialDate> date(Record record, String name) {
    Optional<String> text = record.text(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonPath at = record.at.property(name);
    String date = text.get();
    Matcher dateTime = DATE_TIME.matcher(date);
    if (dateTime.matches()) {
      date = dateTime.group(1);
      issue(at, "the time of day is not kept; read as " + date);
    }
    try {
      return Optional.of(PartialDate.parse(date));
    } catch (InvalidValueException e) {
      issue(at, NOT_IMPORTED + quoted(text.get()) + " is not a date such as 2023, 2023-06 or 2023-06-29");
      return Optional.empty();
    }
  }

  //-----------------------------------------------------------------------
  private Event event(Record record) {
    record.others("events", EVENT, "an event");
    Optional<EventId> id = record.id(EventId::of, "an event");
    if (id.isEmpty()) {
      return null;
    }
    Optional<String> name = record.text("name");
    Optional<DateRange> period = period(record, true);
    if (name.isEmpty() || period.isEmpty()) {
      issue(record.at, NOT_IMPORTED + "an event needs a name and a start_date");
      return null;
    }
    Event.Builder event =
        Event.builder().id(id.get()).title(LocalizedText.of(language, name.get())).period(period.get());
    record.text("description").ifPresent(summary -> event.summary(LocalizedText.of(language, summary)));
    record.text("location").ifPresent(location -> venue(location, record.at.property("location")).ifPresent(event::venue));
    event.kind(kind(record, EventKind.class, EventKind.OTHER, "a kind of event"));
    record.id("organization_id", OrganisationId::of).ifPresent(event::addOrganiser);
    record.each("attendees", (attendee, at) -> {
      Record fields = new Record(attendee, at);
      fields.others("events.attendees", Set.of("id"), "an attendee");
      fields.id(PersonId::of, "an attendee").ifPresent(person -> event.addParticipant(Participation.of(person, ParticipantRole.ATTENDEE)));
    });
    record.each("sources", (link, at) -> source(link, at).ifPresent(event::addSource));
    return event.build();
  }

  private Optional<Place> venue(String location, JsonPath at) {
    Optional<Map.Entry<String, CountryCode>> parts = PopoloCodes.locality(location);
    if (parts.isEmpty()) {
      issue(at, NOT_IMPORTED + quoted(location) + " names no country after a comma; a venue needs a locality and a country, as in 'Lisboa, PT'");
      return Optional.empty();
    }
    return Optional.of(Place.of(LocalizedText.of(language, parts.get().getKey()), parts.get().getValue()));
  }

  //-----------------------------------------------------------------------
  private void issue(JsonPath at, String reason) {
    issues.add(new ImportIssue(at, reason));
  }

  /** The properties of an object that no reading takes up: an issue each, unless it says nothing. */
  private void others(Map<?, ?> fields, JsonPath at, Set<String> read, String kind, String what) {
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      String name = String.valueOf(field.getKey());
      if (read.contains(name) || saysNothing(field.getValue())) {
        continue;
      }
      String reason = REASONS.get(kind + "." + name);
      issues.add(new ImportIssue(at.property(name), NOT_IMPORTED + (reason != null ? reason : what)));
    }
  }

  /** Popolo writes null, and empty lists, for what it has none of. */
  private static boolean saysNothing(Object value) {
    return value == null
        || (value instanceof List && ((List<?>) value).isEmpty())
        || (value instanceof Map && ((Map<?, ?>) value).isEmpty());
  }

  private Map<?, ?> object(Object value, JsonPath at, String expected) {
    if (value instanceof Map) {
      return (Map<?, ?>) value;
    }
    issue(at, NOT_IMPORTED + "must be " + expected + ", was " + typeOf(value));
    return null;
  }

  private List<?> array(Object value, JsonPath at) {
    if (value == null) {
      return null;
    }
    if (value instanceof List) {
      return (List<?>) value;
    }
    issue(at, NOT_IMPORTED + "must be an array, was " + typeOf(value));
    return null;
  }

  private static String typeOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "true or false";
    }
    if (value instanceof List) {
      return "an array";
    }
    return value instanceof Map ? "an object" : "a value that is not JSON";
  }

  /** The index of the first unpaired surrogate of a text, or -1 if it is Unicode text. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  static String quoted(Object input) {
    String text = String.valueOf(input);
    return "'" + JsonPath.escaped(text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
  }

  //-----------------------------------------------------------------------
  /** The fields of one object of the document, and its place. */
  private final class Record {
    final Map<?, ?> fields;
    final JsonPath at;

    Record(Map<?, ?> fields, JsonPath at) {
      this.fields = fields;
      this.at = at;
    }

    void others(String kind, Set<String> read, String what) {
      PopoloReader.this.others(fields, at, read, kind, "the model has no place for this property of " + what);
    }

    /** A string property; absent if missing or null, and an issue if of another type. */
    Optional<String> text(String name) {
      Object value = fields.get(name);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof String)) {
        issue(at.property(name), NOT_IMPORTED + "must be a string, was " + typeOf(value));
        return Optional.empty();
      }
      int unpaired = unpairedSurrogate((String) value);
      if (unpaired >= 0) {
        // The model refuses such text wherever it is built; refused here, the issue has its place.
        issue(at.property(name), NOT_IMPORTED + "is no Unicode text: an unpaired surrogate at index " + unpaired);
        return Optional.empty();
      }
      return Optional.of((String) value);
    }

    Optional<Map<?, ?>> object(String name) {
      Object value = fields.get(name);
      return value == null ? Optional.empty() : Optional.ofNullable(PopoloReader.this.object(value, at.property(name), "an object"));
    }

    /** The record's own identifier, which it cannot be referred to without. */
    <I> Optional<I> id(Function<String, I> of, String what) {
      Optional<String> id = text("id");
      if (id.isEmpty()) {
        issue(at, NOT_IMPORTED + what + " without an id cannot be referred to");
        return Optional.empty();
      }
      return identifier("id", id.get(), of);
    }

    /** A reference to another record, by its identifier. */
    <I> Optional<I> id(String name, Function<String, I> of) {
      return text(name).flatMap(id -> identifier(name, id, of));
    }

    private <I> Optional<I> identifier(String name, String id, Function<String, I> of) {
      try {
        return Optional.of(of.apply(id));
      } catch (InvalidValueException e) {
        issue(at.property(name), NOT_IMPORTED + quoted(id) + " is not an identifier: " + e.reason());
        return Optional.empty();
      }
    }

    /** Each object of an array property, with its place. */
    void each(String name, java.util.function.BiConsumer<Map<?, ?>, JsonPath> reading) {
      JsonPath list = at.property(name);
      List<?> values = array(fields.get(name), list);
      if (values == null) {
        return;
      }
      for (int i = 0; i < values.size(); i++) {
        Map<?, ?> value = PopoloReader.this.object(values.get(i), list.index(i), "an object");
        if (value != null) {
          reading.accept(value, list.index(i));
        }
      }
    }
  }
}
