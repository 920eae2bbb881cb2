package org.resettlement.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resettlement.benchmarks.baseline.RecordConstraints.BreakdownCategoryCode;
import org.resettlement.benchmarks.baseline.RecordConstraints.NoControlCharacters;
import org.resettlement.benchmarks.baseline.RecordConstraints.NoDirectionalFormatting;
import org.resettlement.benchmarks.baseline.RecordConstraints.NotBlankText;
import org.resettlement.benchmarks.baseline.RecordConstraints.ReferencesResolve;
import org.resettlement.benchmarks.baseline.RecordConstraints.UniqueIds;
import org.resettlement.benchmarks.baseline.RecordConstraints.WebAddress;
import org.resettlement.benchmarks.baseline.RecordConstraints.WellFormedContact;
import org.resettlement.benchmarks.baseline.RecordConstraints.WellFormedExternalId;

/**
 * The baseline: the core model mirrored as plain Java 17 records, with the least machinery plain
 * Jackson needs to read and write the same wire format, and the structural rules of the
 * validation module declared as Jakarta Validation annotations.
 *
 * <p>Every core type has a record or an enum of the same name with the same components in the
 * same order. What the records do differently from the core, on purpose, so that they are the
 * cheapest plain form:
 *
 * <ul>
 *   <li>Optional attributes are nullable components, not {@code Optional}s; absent lists and
 *       sets become {@code List.of()} and {@code Set.of()}, and lists are not copied.
 *   <li>No invariants are checked when a value is built: no required-field checks, no
 *       end-after-start, no known country codes or currencies beyond what parsing needs, no
 *       Unicode normalisation, no canonical language tags, and a repeated set element is
 *       dropped, not refused.
 *   <li>Non-bean shapes use annotations only: {@code @JsonValue} and delegating {@code
 *       @JsonCreator}s for identifiers, codes, partial dates and localised texts; a number or a
 *       properties object for a quantity; a wrapper-object type id for an actor; {@code
 *       @JsonProperty} names for enum constants; {@code @JsonFormat(shape = STRING)} for amounts
 *       and years.
 *       Since these are all {@code jackson-annotations}, the same records bind with Jackson 2
 *       and Jackson 3.
 * </ul>
 *
 * <p>{@link RecordJson2} has the mapper settings; {@code BaselineJsonTest} proves that it writes
 * the very bytes {@code resettlement-jackson} writes and reads them back to an equal graph.
 */
public final class RecordModel {
  private RecordModel() {}

  /** The identifier form of the validation module's {@code WellFormedId} rule. */
  static final String ID = "[A-Za-z0-9._:-]{1,64}";

  /** The acronym form of the validation module's {@code WellFormedAcronym} rule, with a letter. */
  static final String ACRONYM =
      "(?=.*\\p{L})[\\p{L}\\p{N}][\\p{L}\\p{N}&'+./-]*(?: [\\p{L}\\p{N}&'+./-]+)*";

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <T> Set<T> orEmpty(Set<T> set) {
    return set == null ? Set.of() : set;
  }

  //-----------------------------------------------------------------------
  /** Mirrors {@code Dataset}. */
  @ReferencesResolve
  @UniqueIds
  public record Dataset(
      String schemaVersion,
      List<@Valid Organisation> organisations,
      List<@Valid Person> people,
      List<@Valid Membership> memberships,
      List<@Valid Event> events,
      List<@Valid Project> projects,
      List<@Valid Campaign> campaigns,
      List<@Valid Pledge> pledges,
      List<@Valid ResettlementQuota> quotas,
      List<@Valid Statistic> statistics) {
    /** Defaults as the core does: schema version 1.0, absent lists empty. */
    public Dataset {
      schemaVersion = schemaVersion == null ? "1.0" : schemaVersion;
      organisations = orEmpty(organisations);
      people = orEmpty(people);
      memberships = orEmpty(memberships);
      events = orEmpty(events);
      projects = orEmpty(projects);
      campaigns = orEmpty(campaigns);
      pledges = orEmpty(pledges);
      quotas = orEmpty(quotas);
      statistics = orEmpty(statistics);
    }

    /**
     * Counts the records of every kind.
     *
     * @return the number of records
     */
    public int recordCount() {
      return organisations.size() + people.size() + memberships.size() + events.size()
          + projects.size() + campaigns.size() + pledges.size() + quotas.size() + statistics.size();
    }
  }

  /** Mirrors {@code Organisation}. */
  public record Organisation(
      @Valid OrganisationId id,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText name,
      @Size(max = 20) @Pattern(regexp = ACRONYM) String acronym,
      OrganisationKind kind,
      CountryCode country,
      @Valid Place place,
      List<@Valid ContactPoint> contacts,
      List<@Valid ExternalIdentifier> identifiers,
      OrganisationId parent,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText description,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public Organisation {
      contacts = orEmpty(contacts);
      identifiers = orEmpty(identifiers);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Person}. */
  public record Person(
      @Valid PersonId id,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting String name,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting String givenName,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting String familyName,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting String honorific,
      List<@Valid ContactPoint> contacts,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public Person {
      contacts = orEmpty(contacts);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Membership}. */
  public record Membership(
      Actor member,
      OrganisationId organisation,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText role,
      DateRange period,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public Membership {
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Event}. */
  public record Event(
      @Valid EventId id,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText title,
      EventKind kind,
      DateRange period,
      @Valid Place venue,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean online,
      List<OrganisationId> organisers,
      List<OrganisationId> hosts,
      List<Actor> funders,
      List<@Valid Participation> participants,
      List<@Valid Session> sessions,
      Quantity attendance,
      Set<CountryCode> representedCountries,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean moreCountriesRepresented,
      Quantity representedCountryCount,
      List<String> workingLanguages,
      List<@NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText> topics,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText summary,
      ProjectId project,
      @Valid SeriesPosition series,
      List<@Valid Source> sources) {
    /** Absent lists and sets are empty. */
    public Event {
      organisers = orEmpty(organisers);
      hosts = orEmpty(hosts);
      funders = orEmpty(funders);
      participants = orEmpty(participants);
      sessions = orEmpty(sessions);
      representedCountries = orEmpty(representedCountries);
      workingLanguages = orEmpty(workingLanguages);
      topics = orEmpty(topics);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Participation}. */
  public record Participation(
      Actor participant,
      ParticipantRole role,
      OrganisationId representing,
      CountryCode country,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText contribution) {}

  /** Mirrors {@code Session}. */
  public record Session(
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText title,
      SessionKind kind,
      PartialDate date,
      List<Actor> speakers,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText summary) {
    /** Absent lists are empty. */
    public Session {
      speakers = orEmpty(speakers);
    }
  }

  /** Mirrors {@code SeriesPosition}. */
  public record SeriesPosition(
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText series,
      Integer ordinal,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean last) {}

  /** Mirrors {@code Project}. */
  public record Project(
      @Valid ProjectId id,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText title,
      @Size(max = 20) @Pattern(regexp = ACRONYM) String acronym,
      OrganisationId coordinator,
      List<OrganisationId> partners,
      List<@Valid Funding> fundings,
      DateRange period,
      Period duration,
      List<@NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText> targetGroups,
      ProjectId parent,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText summary,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public Project {
      partners = orEmpty(partners);
      fundings = orEmpty(fundings);
      targetGroups = orEmpty(targetGroups);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Funding}. */
  public record Funding(
      Actor funder,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText programme,
      MonetaryAmount amount,
      // Jackson 3 writes a Year as a number unless told otherwise; Jackson 2 already writes text.
      @JsonFormat(shape = JsonFormat.Shape.STRING) Year year) {}

  /** Mirrors {@code Campaign}. */
  public record Campaign(
      @Valid CampaignId id,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText name,
      List<OrganisationId> launchingOrganisations,
      PartialDate launchDate,
      List<@Valid Target> targets,
      DateRange period,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText summary,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public Campaign {
      launchingOrganisations = orEmpty(launchingOrganisations);
      targets = orEmpty(targets);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Target}. */
  public record Target(
      StatisticMetric metric,
      Quantity value,
      Geography scope,
      PartialDate deadline,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean perYear,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText description) {}

  /** Mirrors {@code Pledge}. */
  public record Pledge(
      @Valid PledgeId id,
      Actor pledger,
      CampaignId campaign,
      PledgeKind kind,
      Quantity quantity,
      MonetaryAmount amount,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText description,
      PartialDate pledgedOn,
      DateRange targetPeriod,
      PledgeStatus status,
      Quantity fulfilled,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean overfulfilled,
      List<@Valid Source> sources) {
    /** Defaults as the core does: status announced, absent lists empty. */
    public Pledge {
      status = status == null ? PledgeStatus.ANNOUNCED : status;
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code ResettlementQuota}. */
  public record ResettlementQuota(
      @Valid QuotaId id,
      CountryCode country,
      DateRange period,
      QuotaKind kind,
      Quantity places,
      List<Allocation> allocations,
      Quantity arrivals,
      PartialDate arrivalsAsOf,
      PartialDate decidedOn,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText description,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public ResettlementQuota {
      allocations = orEmpty(allocations);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Allocation}. */
  public record Allocation(AllocationBasis basis, CountryCode country, Quantity places) {}

  /** Mirrors {@code Statistic}. */
  public record Statistic(
      @Valid StatisticId id,
      StatisticMetric metric,
      Quantity value,
      DateRange period,
      Geography geography,
      List<@Valid Breakdown> breakdown,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          LocalizedText note,
      List<@Valid Source> sources) {
    /** Absent lists are empty. */
    public Statistic {
      breakdown = orEmpty(breakdown);
      sources = orEmpty(sources);
    }
  }

  /** Mirrors {@code Breakdown}. */
  @BreakdownCategoryCode
  public record Breakdown(BreakdownDimension dimension, String category, Quantity value) {}

  //-----------------------------------------------------------------------
  /** Mirrors {@code Source}. */
  public record Source(
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText title,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting String publisher,
      @WebAddress URI url,
      PartialDate publishedOn,
      LocalDate accessedOn,
      @NotBlankText @NoControlCharacters(runningText = true) @NoDirectionalFormatting(runningText = true)
          String note) {}

  /** Mirrors {@code Place}. */
  public record Place(
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText locality,
      @NotBlankText @NoControlCharacters @NoDirectionalFormatting LocalizedText region,
      CountryCode country,
      @Valid Coordinates coordinates) {}

  /** Mirrors {@code Coordinates}. */
  public record Coordinates(
      @DecimalMin("-90") @DecimalMax("90") double latitude,
      @DecimalMin("-180") @DecimalMax("180") double longitude) {}

  /** Mirrors {@code ContactPoint}. */
  @WellFormedContact
  public record ContactPoint(
      ContactKind kind, String value, @NotBlankText @NoControlCharacters @NoDirectionalFormatting String label) {}

  /** Mirrors {@code ExternalIdentifier}. */
  @WellFormedExternalId
  public record ExternalIdentifier(String scheme, String value) {}

  /** Mirrors {@code Geography}; the world is {@code {}}. */
  public record Geography(CountryGroup group, Set<CountryCode> countries) {
    /** Absent sets are empty. */
    public Geography {
      countries = orEmpty(countries);
    }
  }

  /** Mirrors {@code MonetaryAmount}: the amount is a JSON string of plain decimal digits. */
  public record MonetaryAmount(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) {}

  /** Mirrors {@code DateRange}; no end means open. */
  public record DateRange(PartialDate start, PartialDate end) {}

  //-----------------------------------------------------------------------
  /**
   * Mirrors {@code Quantity}: an exact count is a bare number, any other an object with the
   * qualifier first.
   *
   * @param qualifier how the figure was qualified
   * @param value the figure, or the minimum of a range
   * @param max the maximum of a range, the figure of an exact count, otherwise 0
   */
  public record Quantity(Qualifier qualifier, long value, long max) {

    /**
     * Reads an exact count.
     *
     * @param count the count
     * @return the quantity
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quantity exactly(long count) {
      return new Quantity(Qualifier.EXACT, count, count);
    }

    /**
     * Reads the object form.
     *
     * @param qualifier the qualifier
     * @param value the figure, except for a range
     * @param min the minimum of a range
     * @param max the maximum of a range
     * @return the quantity
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static Quantity of(
        @JsonProperty("qualifier") Qualifier qualifier,
        @JsonProperty("value") Long value,
        @JsonProperty("min") Long min,
        @JsonProperty("max") Long max) {
      if (qualifier == Qualifier.RANGE) {
        return new Quantity(qualifier, min, max);
      }
      return new Quantity(qualifier, value, qualifier == Qualifier.AT_LEAST ? 0 : value);
    }

    /**
     * Returns what is written: the count, or the qualified form.
     *
     * @return a {@code Long} or a {@link QualifiedCount}
     */
    @JsonValue
    public Object json() {
      switch (qualifier) {
        case EXACT:
          return value;
        case RANGE:
          return new QualifiedCount(qualifier, null, value, max);
        default:
          return new QualifiedCount(qualifier, value, null, null);
      }
    }
  }

  /**
   * The object form of a qualified quantity, as written.
   *
   * @param qualifier the qualifier
   * @param value the figure, except for a range
   * @param min the minimum of a range
   * @param max the maximum of a range
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QualifiedCount(Qualifier qualifier, Long value, Long min, Long max) {}

  /**
   * Mirrors {@code LocalizedText}: texts keyed by language tag, in order.
   *
   * @param variants the texts by language tag
   */
  public record LocalizedText(@JsonValue Map<String, String> variants) {
    /** Reads the object of texts. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {}
  }

  /**
   * Mirrors {@code PartialDate}: a year, a year and month, or a date; 0 for a missing part.
   *
   * @param year the year
   * @param month the month, or 0
   * @param day the day, or 0
   */
  public record PartialDate(int year, int month, int day) {

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @param text the text
     * @return the partial date
     * @throws IllegalArgumentException if the text has another length
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String text) {
      int length = text.length();
      if (length != 4 && length != 7 && length != 10) {
        throw new IllegalArgumentException("not a partial date: " + text);
      }
      int year = Integer.parseInt(text, 0, 4, 10);
      int month = length > 4 ? Integer.parseInt(text, 5, 7, 10) : 0;
      int day = length > 7 ? Integer.parseInt(text, 8, 10, 10) : 0;
      return new PartialDate(year, month, day);
    }

    /**
     * Returns the ISO 8601 text of the date's precision.
     *
     * @return the text
     */
    @JsonValue
    public String text() {
      char[] text = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
      digits(text, 0, year, 4);
      if (month != 0) {
        text[4] = '-';
        digits(text, 5, month, 2);
      }
      if (day != 0) {
        text[7] = '-';
        digits(text, 8, day, 2);
      }
      return new String(text);
    }

    private static void digits(char[] text, int offset, int value, int width) {
      for (int i = offset + width - 1; i >= offset; i--) {
        text[i] = (char) ('0' + value % 10);
        value /= 10;
      }
    }
  }

  /**
   * Mirrors {@code Actor}: an organisation, a person or a state, written as a one-key object.
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
  @JsonSubTypes({
    @JsonSubTypes.Type(value = OrganisationId.class, name = "organisation"),
    @JsonSubTypes.Type(value = PersonId.class, name = "person"),
    @JsonSubTypes.Type(value = CountryCode.class, name = "country")
  })
  public sealed interface Actor permits OrganisationId, PersonId, CountryCode {}

  /**
   * Mirrors {@code CountryCode}.
   *
   * @param alpha2 the ISO 3166-1 alpha-2 code
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  public record CountryCode(@JsonValue String alpha2) implements Actor {
    /** Reads the code. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CountryCode {}
  }

  /**
   * Mirrors {@code CountryGroup}.
   *
   * @param code the group's code
   */
  public record CountryGroup(@JsonValue String code) {
    /** Reads the code. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CountryGroup {}
  }

  /**
   * Mirrors {@code OrganisationId}.
   *
   * @param value the identifier
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  public record OrganisationId(@JsonValue @Pattern(regexp = ID) String value) implements Actor {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OrganisationId {}
  }

  /**
   * Mirrors {@code PersonId}.
   *
   * @param value the identifier
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  public record PersonId(@JsonValue @Pattern(regexp = ID) String value) implements Actor {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonId {}
  }

  /**
   * Mirrors {@code EventId}.
   *
   * @param value the identifier
   */
  public record EventId(@JsonValue @Pattern(regexp = ID) String value) {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EventId {}
  }

  /**
   * Mirrors {@code ProjectId}.
   *
   * @param value the identifier
   */
  public record ProjectId(@JsonValue @Pattern(regexp = ID) String value) {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProjectId {}
  }

  /**
   * Mirrors {@code CampaignId}.
   *
   * @param value the identifier
   */
  public record CampaignId(@JsonValue @Pattern(regexp = ID) String value) {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CampaignId {}
  }

  /**
   * Mirrors {@code PledgeId}.
   *
   * @param value the identifier
   */
  public record PledgeId(@JsonValue @Pattern(regexp = ID) String value) {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PledgeId {}
  }

  /**
   * Mirrors {@code QuotaId}.
   *
   * @param value the identifier
   */
  public record QuotaId(@JsonValue @Pattern(regexp = ID) String value) {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public QuotaId {}
  }

  /**
   * Mirrors {@code StatisticId}.
   *
   * @param value the identifier
   */
  public record StatisticId(@JsonValue @Pattern(regexp = ID) String value) {
    /** Reads the identifier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StatisticId {}
  }

  //-----------------------------------------------------------------------
  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum OrganisationKind {
    @JsonProperty("ngo-national") NGO_NATIONAL,
    @JsonProperty("ngo-international") NGO_INTERNATIONAL,
    @JsonProperty("faith-based") FAITH_BASED,
    @JsonProperty("government") GOVERNMENT,
    @JsonProperty("local-authority") LOCAL_AUTHORITY,
    @JsonProperty("regional-authority") REGIONAL_AUTHORITY,
    @JsonProperty("association-of-authorities") ASSOCIATION_OF_AUTHORITIES,
    @JsonProperty("intergovernmental") INTERGOVERNMENTAL,
    @JsonProperty("foundation") FOUNDATION,
    @JsonProperty("public-institution") PUBLIC_INSTITUTION,
    @JsonProperty("academic") ACADEMIC,
    @JsonProperty("network") NETWORK,
    @JsonProperty("private-sector") PRIVATE_SECTOR,
    @JsonProperty("other") OTHER
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum EventKind {
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("conference") CONFERENCE,
    @JsonProperty("meeting") MEETING,
    @JsonProperty("campaign-launch") CAMPAIGN_LAUNCH,
    @JsonProperty("panel") PANEL,
    @JsonProperty("seminar") SEMINAR,
    @JsonProperty("training") TRAINING,
    @JsonProperty("webinar") WEBINAR,
    @JsonProperty("study-visit") STUDY_VISIT,
    @JsonProperty("other") OTHER
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum ParticipantRole {
    @JsonProperty("speaker") SPEAKER,
    @JsonProperty("panellist") PANELLIST,
    @JsonProperty("moderator") MODERATOR,
    @JsonProperty("host") HOST,
    @JsonProperty("attendee") ATTENDEE
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum SessionKind {
    @JsonProperty("opening") OPENING,
    @JsonProperty("plenary") PLENARY,
    @JsonProperty("panel") PANEL,
    @JsonProperty("parallel") PARALLEL,
    @JsonProperty("workshop") WORKSHOP,
    @JsonProperty("closing") CLOSING
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum ContactKind {
    @JsonProperty("email") EMAIL,
    @JsonProperty("phone") PHONE,
    @JsonProperty("fax") FAX,
    @JsonProperty("website") WEBSITE,
    @JsonProperty("social-media") SOCIAL_MEDIA
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum PledgeKind {
    @JsonProperty("resettlement-places") RESETTLEMENT_PLACES,
    @JsonProperty("funding") FUNDING,
    @JsonProperty("advocacy") ADVOCACY,
    @JsonProperty("services") SERVICES,
    @JsonProperty("in-kind") IN_KIND,
    @JsonProperty("other") OTHER
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum PledgeStatus {
    @JsonProperty("announced") ANNOUNCED,
    @JsonProperty("in-progress") IN_PROGRESS,
    @JsonProperty("fulfilled") FULFILLED,
    @JsonProperty("partially-fulfilled") PARTIALLY_FULFILLED,
    @JsonProperty("withdrawn") WITHDRAWN
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum QuotaKind {
    @JsonProperty("national-annual") NATIONAL_ANNUAL,
    @JsonProperty("multi-annual-programme") MULTI_ANNUAL_PROGRAMME,
    @JsonProperty("eu-pledge") EU_PLEDGE,
    @JsonProperty("humanitarian-admission") HUMANITARIAN_ADMISSION,
    @JsonProperty("community-sponsorship") COMMUNITY_SPONSORSHIP
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum AllocationBasis {
    @JsonProperty("nationality") NATIONALITY,
    @JsonProperty("country-of-first-asylum") COUNTRY_OF_FIRST_ASYLUM
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum StatisticMetric {
    @JsonProperty("resettlement-needs") RESETTLEMENT_NEEDS,
    @JsonProperty("places-offered") PLACES_OFFERED,
    @JsonProperty("submissions") SUBMISSIONS,
    @JsonProperty("departures") DEPARTURES,
    @JsonProperty("arrivals") ARRIVALS,
    @JsonProperty("resettled-persons") RESETTLED_PERSONS,
    @JsonProperty("resettling-countries") RESETTLING_COUNTRIES,
    @JsonProperty("returned-refugees") RETURNED_REFUGEES,
    @JsonProperty("returned-idps") RETURNED_IDPS,
    @JsonProperty("naturalisations") NATURALISATIONS,
    @JsonProperty("asylum-decisions") ASYLUM_DECISIONS
  }

  /**
   * Mirrors the core's built-in dimensions, which are constants of its {@code Dimension} class
   * (publishers' own dimensions are left out: the sample data has none); JSON names are their codes.
   */
  public enum BreakdownDimension {
    @JsonProperty("sex") SEX,
    @JsonProperty("age-band") AGE_BAND,
    @JsonProperty("citizenship") CITIZENSHIP,
    @JsonProperty("country-of-origin") COUNTRY_OF_ORIGIN,
    @JsonProperty("country-of-asylum") COUNTRY_OF_ASYLUM
  }

  /** Mirrors the core enum of the same name; JSON names are lower-kebab-case. */
  public enum Qualifier {
    @JsonProperty("exact") EXACT,
    @JsonProperty("range") RANGE,
    @JsonProperty("at-most") AT_MOST,
    @JsonProperty("at-least") AT_LEAST,
    @JsonProperty("approximate") APPROXIMATE
  }
}
