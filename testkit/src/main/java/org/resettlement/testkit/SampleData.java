package org.resettlement.testkit;

import static org.resettlement.testkit.Vocabulary.ALL_COUNTRIES;
import static org.resettlement.testkit.Vocabulary.COUNTRIES;
import static org.resettlement.testkit.Vocabulary.DOMAINS;
import static org.resettlement.testkit.Vocabulary.EU_MEMBERS;
import static org.resettlement.testkit.Vocabulary.EUROPEAN_NEIGHBOURS;
import static org.resettlement.testkit.Vocabulary.FIRST_ASYLUM;
import static org.resettlement.testkit.Vocabulary.LANGUAGES;
import static org.resettlement.testkit.Vocabulary.ORIGINS;
import static org.resettlement.testkit.Vocabulary.OTHER_RESETTLEMENT_STATES;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.Breakdown;
import org.resettlement.core.BreakdownDimension;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.QuotaKind;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.Vocabulary.Country;
import org.resettlement.testkit.Vocabulary.Language;
import org.resettlement.testkit.Vocabulary.Locality;

/**
 * Seeded, deterministic, realistic sample values of every core type, and whole {@link Dataset}s.
 *
 * <pre>{@code
 * SampleData sample = SampleData.withSeed(42);
 * Pledge pledge = sample.pledge();
 * Dataset dataset = sample.dataset(DatasetSpec.defaults().withPledges(10_000));
 * }</pre>
 *
 * <h2>Realistic and valid</h2>
 * Values read like the seed documents: organisations, towns and people of Poland, Romania,
 * Moldova, Portugal, France, Germany, the United Kingdom and Ireland with their diacritics
 * (Wrocław, Hrubieszów, Strășeni, Măgurele, Chrzanów, Lisboa), titles in the local language with
 * an English variant, real ISO 3166-1 codes from {@link CountryCode#all()}, the country groups of
 * {@link CountryGroup}, quantities with every {@link Quantity.Qualifier}, E.164 telephone numbers,
 * and e-mail and {@code https} addresses under the reserved domains {@code example.org}, {@code
 * example.net} and {@code example.com} (RFC 2606), so that a test that sends mail or opens a link
 * by mistake reaches nobody.
 *
 * <p>Every value satisfies the core invariants, since it is built through the core builders, and
 * the rules the validation module checks: names and titles are not blank; identifiers have at most
 * 64 characters of {@code [A-Za-z0-9._:-]}; coordinates are in range; every date lies between
 * {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; a fulfilled quantity is not above the pledged
 * one unless the pledge is {@linkplain Pledge#overfulfilled() overfulfilled}, and then it is;
 * where a figure is bounded by another (allocations and arrivals by a quota's places, a fulfilled
 * quantity by the pledged one), its largest possible count is at most the other's smallest; a
 * campaign target's deadline is after the launch date; a statistic's breakdown adds up to the total
 * in each dimension when the total is exact. Records made on their own refer to identifiers of
 * records that do not exist; a {@linkplain #dataset(DatasetSpec) dataset} refers only to records it
 * holds.
 *
 * <p>Dates do not depend on the clock: they lie between {@link #EARLIEST_DATE} and {@link
 * #LATEST_DATE}, which only a release moves. A source was published and accessed no later than
 * {@link #LATEST_SOURCE_DATE}, a day that was past when the release was made, so that no source
 * lies in the future.
 *
 * <h2>Determinism and its promise</h2>
 * {@link #withSeed(long)} draws from the {@value #ALGORITHM} algorithm of {@code
 * java.util.random}, whose output for a seed is defined by the algorithm, not by the JDK release.
 * This class takes nothing but {@link RandomGenerator#nextLong()} from it and derives every
 * bounded number itself, and nothing it makes depends on the clock, the default locale, the time
 * zone or hash order. So:
 *
 * <blockquote>The same version of {@code resettlement-testkit}, given the same seed and the same
 * sequence of calls, returns equal values on every JVM (Java 17 or later), operating system,
 * locale and time zone. Values may change between versions of the testkit, because a new field in
 * core or a new word changes what a seed gives; every such change is listed in the changelog under
 * "Changed", and a test in this module pins values for fixed seeds so that no change goes
 * unnoticed.</blockquote>
 *
 * <p>Values are promised for equal sequences of calls only: {@code pledge()} then {@code
 * event()} differs from {@code event()} then {@code pledge()}. To keep a value stable while a test
 * changes around it, give it its own instance: {@code SampleData.withSeed(7).pledge()}.
 *
 * <h2>Any random source</h2>
 * {@link #using(RandomGenerator)} accepts any {@link RandomGenerator}, so that a test framework's
 * own seeded source drives the generation: {@code SampleData.using(new SplittableRandom(seed))}, or
 * a generator a property-testing or fuzzing tool hands out. Values are then as reproducible as that
 * generator's {@code nextLong()}.
 *
 * <h2>Invalid on purpose</h2>
 * {@link #invalidDataset(BrokenRule)} makes a dataset that breaks one rule of the validation
 * module, named by a {@link BrokenRule}, and no other rule; {@link #invalid(Class, BrokenRule)}
 * makes a record on its own that does. The {@link InvalidSample} holds the value, the rule, and the
 * property path of the one offending value as the validation module reports it, so that a suite
 * can test its own handling of bad data:
 *
 * <pre>{@code
 * InvalidSample<Dataset> sample = SampleData.withSeed(7).invalidDataset(BrokenRule.REFERENCE_RESOLVES);
 * Response response = service.importDataset(sample.value());
 * assertThat(response.errorPaths()).containsExactly(sample.path());  // such as "pledges[3].campaign"
 * }</pre>
 *
 * <p>A sample is a valid value with one value changed: the dataset {@link #dataset(DatasetSpec)}
 * makes, or the record {@link #next(Class)} makes, with one of the values the rule applies to,
 * chosen at random, broken as the comment of the {@link BrokenRule} says. Where a record lacks such
 * a value (an organisation without an e-mail contact point), the value is added, broken; a {@link
 * BrokenRule#PERSON_NAMED} sample removes a person's three name fields together. The warnings of
 * the validation module, {@link BrokenRule#PERSON_NAMED} and {@link
 * BrokenRule#ARRIVALS_WITHIN_PLACES}, are rules like the others. Samples keep the promise above: the
 * same version, seed and calls give the same sample. The validation module's build checks, for
 * every rule over many seeds, that it reports exactly one violation, of that rule, at that path.
 *
 * <h2>Instancio and JUnit</h2>
 * With Instancio on the test class path, {@code Instancio.create(Pledge.class)} returns a value of
 * this class, as does every core-typed field Instancio fills; see {@link
 * org.resettlement.testkit.instancio.SampleDataInstancioProvider}. For JUnit 5 parameterized tests,
 * {@link org.resettlement.testkit.junit.SampleSource @SampleSource} feeds generated values from a
 * seed and reports the seed of a failing case.
 *
 * <p>An instance is not thread-safe, as its random generator is not; give each thread its own.
 */
public final class SampleData {

  /** The name of the random algorithm that {@link #withSeed(long)} uses: {@value}. */
  public static final String ALGORITHM = "L64X128MixRandom";

  /** The earliest date a sample value holds: 1 January 1990. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

  /** The latest date a sample value holds: 31 December 2030. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2030, 12, 31);

  /**
   * The latest day a sample {@link Source} was published or accessed on: 31 December 2025, a day
   * in the past when this version of the testkit was released, so that no source lies in the
   * future whenever a test runs.
   */
  public static final LocalDate LATEST_SOURCE_DATE = LocalDate.of(2025, 12, 31);

  private static final int FIRST_YEAR = EARLIEST_DATE.getYear();
  private static final int LAST_YEAR = LATEST_DATE.getYear();

  private static final Quantity.Qualifier[] QUALIFIERS = Quantity.Qualifier.values();
  private static final OrganisationKind[] ORGANISATION_KINDS = OrganisationKind.values();
  private static final EventKind[] EVENT_KINDS = EventKind.values();
  private static final SessionKind[] SESSION_KINDS = SessionKind.values();
  private static final ParticipantRole[] PARTICIPANT_ROLES = ParticipantRole.values();
  private static final int CONTACT_KINDS = ContactKind.values().length;
  private static final PledgeKind[] PLEDGE_KINDS = PledgeKind.values();
  private static final PledgeStatus[] PLEDGE_STATUSES = PledgeStatus.values();
  private static final QuotaKind[] QUOTA_KINDS = QuotaKind.values();
  private static final StatisticMetric[] METRICS = StatisticMetric.values();
  private static final BreakdownDimension[] DIMENSIONS = BreakdownDimension.values();
  private static final AllocationBasis[] BASES = AllocationBasis.values();
  private static final CountryCode[] RESETTLEMENT_STATES = concat(EU_MEMBERS, OTHER_RESETTLEMENT_STATES);
  private static final CountryCode[] EUROPEAN_STATES = concat(EU_MEMBERS, EUROPEAN_NEIGHBOURS);

  /** How a pledge of each kind is described, in the order of {@link PledgeKind}. */
  private static final LocalizedText[] PLEDGE_DESCRIPTIONS = {
    LocalizedText.of("en", "Resettlement places offered under the national programme."),
    LocalizedText.of("en", "A financial contribution towards the campaign's aims."),
    LocalizedText.of("en", "Promotion of the campaign among members and partners."),
    LocalizedText.of("en", "Reception and integration support for resettled refugees."),
    LocalizedText.of("en", "Staff time and premises for orientation sessions."),
    LocalizedText.of("en", "A commitment described in the pledger's own words.")
  };

  /** What each metric counts, in words, in the order of {@link StatisticMetric}. */
  private static final String[] METRIC_WORDS = {
    "people in need of resettlement", "resettlement places", "resettlement submissions",
    "departures for resettlement", "arrivals of resettled refugees", "people resettled",
    "resettling countries"
  };

  /** The smallest and largest plausible figure of each metric, in the order of {@link StatisticMetric}. */
  private static final long[][] METRIC_RANGES = {
    {50_000, 2_500_000}, {100, 100_000}, {500, 150_000}, {200, 100_000}, {100, 100_000},
    {100, 100_000}, {1, 35}
  };

  private static final Map<Class<?>, Function<SampleData, ?>> GENERATORS = generators();

  final Draw draw;
  private final Refs free = new FreeRefs();

  private SampleData(RandomGenerator random) {
    this.draw = new Draw(random);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains sample data drawn from the {@value #ALGORITHM} algorithm seeded with a number.
   *
   * <p>The same seed gives the same values, as the class comment promises.
   *
   * @param seed the seed, any number
   * @return sample data for that seed, not null
   * @throws IllegalStateException if the running Java has no {@value #ALGORITHM} algorithm, as can
   *     happen in a {@code jlink} image without the {@code jdk.random} module on Java 17 to 22
   */
  public static SampleData withSeed(long seed) {
    return new SampleData(Algorithm.create(seed));
  }

  /**
   * Obtains sample data drawn from a random generator, such as one a test framework supplies.
   *
   * <p>Only {@link RandomGenerator#nextLong()} is called; the values are as reproducible as the
   * generator's sequence of longs. The generator is used, not copied: drawing sample data
   * advances it.
   *
   * @param random the source of randomness, not null
   * @return sample data drawn from that generator, not null
   * @throws IllegalArgumentException if the generator is null
   */
  public static SampleData using(RandomGenerator random) {
    return new SampleData(required(random, "random"));
  }

  /**
   * Returns the types {@link #next(Class)} can make: every public value type and enum of core
   * (identifiers, {@link Actor}, shared values, records, {@link Dataset}) and no others.
   *
   * @return the unmodifiable set of supported types, not null
   */
  public static Set<Class<?>> supportedTypes() {
    return GENERATORS.keySet();
  }

  /**
   * Checks whether {@link #next(Class)} can make values of a type.
   *
   * @param type the type, may be null
   * @return true if the type is one of {@link #supportedTypes()}
   */
  public static boolean supports(Class<?> type) {
    return type != null && GENERATORS.containsKey(type);
  }

  //-----------------------------------------------------------------------
  /**
   * Makes the next value of a supported type: {@code next(Pledge.class)} is {@link #pledge()}, an
   * enum type gives one of its constants, {@code Dataset.class} a {@linkplain #dataset() default
   * dataset}.
   *
   * @param <T> the type
   * @param type the type, one of {@link #supportedTypes()}
   * @return the value, not null
   * @throws IllegalArgumentException if the type is null or not supported
   */
  public <T> T next(Class<T> type) {
    return type.cast(generatorFor(type).apply(this));
  }

  /**
   * Makes several values of a supported type, as many calls of {@link #next(Class)} would.
   *
   * @param <T> the type
   * @param type the type, one of {@link #supportedTypes()}
   * @param count how many values, not negative
   * @return the values in the order made, unmodifiable, not null
   * @throws IllegalArgumentException if the type is null or not supported, or the count is
   *     negative
   */
  public <T> List<T> list(Class<T> type, int count) {
    Function<SampleData, ?> generator = generatorFor(type);
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(type.cast(generator.apply(this)));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns an endless sequential stream of values of a supported type, each made by {@link
   * #next(Class)} when the stream asks for it. The stream must not be run in parallel.
   *
   * @param <T> the type
   * @param type the type, one of {@link #supportedTypes()}
   * @return the endless stream, not null
   * @throws IllegalArgumentException if the type is null or not supported
   */
  public <T> Stream<T> stream(Class<T> type) {
    Function<SampleData, ?> generator = generatorFor(type);
    return Stream.generate(() -> type.cast(generator.apply(this)));
  }

  private static Function<SampleData, ?> generatorFor(Class<?> type) {
    Function<SampleData, ?> generator = GENERATORS.get(required(type, "type"));
    if (generator == null) {
      throw new IllegalArgumentException(
          type.getName() + " is not a type SampleData makes; see SampleData.supportedTypes()");
    }
    return generator;
  }

  //-----------------------------------------------------------------------
  /**
   * Makes an organisation identifier such as {@code org-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public OrganisationId organisationId() {
    return OrganisationId.of("org-" + token());
  }

  /**
   * Makes a person identifier such as {@code person-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public PersonId personId() {
    return PersonId.of("person-" + token());
  }

  /**
   * Makes an event identifier such as {@code event-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public EventId eventId() {
    return EventId.of("event-" + token());
  }

  /**
   * Makes a project identifier such as {@code project-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public ProjectId projectId() {
    return ProjectId.of("project-" + token());
  }

  /**
   * Makes a campaign identifier such as {@code campaign-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public CampaignId campaignId() {
    return CampaignId.of("campaign-" + token());
  }

  /**
   * Makes a pledge identifier such as {@code pledge-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public PledgeId pledgeId() {
    return PledgeId.of("pledge-" + token());
  }

  /**
   * Makes a quota identifier such as {@code quota-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public QuotaId quotaId() {
    return QuotaId.of("quota-" + token());
  }

  /**
   * Makes a statistic identifier such as {@code statistic-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public StatisticId statisticId() {
    return StatisticId.of("statistic-" + token());
  }

  /** Eight base-36 characters: 41 random bits with the top bit set, so the length is fixed. */
  private String token() {
    return Long.toString((draw.nextLong() >>> 24) | (1L << 39), 36);
  }

  /**
   * Makes an actor: an organisation, a person or a state, each a third of the time.
   *
   * @return the actor, not null
   */
  public Actor actor() {
    switch (draw.below(3)) {
      case 0:
        return organisationId();
      case 1:
        return personId();
      default:
        return draw.pick(RESETTLEMENT_STATES);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Makes a title in the language of one of the seed documents, usually with an English variant,
   * such as "Razem w bibliotece" / "Together in the library".
   *
   * @return the text, not null
   */
  public LocalizedText localizedText() {
    Language language = draw.pick(LANGUAGES);
    return draw.chance(50)
        ? draw.pick(language.eventTitleTexts)
        : draw.pick(language.projectTitles);
  }

  /**
   * Makes a country code, any of {@link CountryCode#all()} with equal chance.
   *
   * @return the country, not null
   */
  public CountryCode countryCode() {
    return draw.pick(ALL_COUNTRIES);
  }

  /**
   * Makes a country group, any of {@link CountryGroup#known()} with equal chance.
   *
   * @return the group, not null
   */
  public CountryGroup countryGroup() {
    return draw.pick(Vocabulary.GROUPS);
  }

  /**
   * Makes a partial date between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}: a day in 60% of
   * cases, a month in 25%, a year in 15%.
   *
   * @return the date, not null
   */
  public PartialDate partialDate() {
    return partialDate(draw.day(EARLIEST_DATE, LATEST_DATE));
  }

  /**
   * Makes a period: a few days, months or years at one precision, or open-ended in one case out
   * of ten; the end is never before the start.
   *
   * @return the period, not null
   */
  public DateRange dateRange() {
    LocalDate start = draw.day(EARLIEST_DATE, LATEST_DATE);
    int roll = draw.below(100);
    PartialDate.Precision precision =
        roll < 60 ? PartialDate.Precision.DAY : roll < 85 ? PartialDate.Precision.MONTH : PartialDate.Precision.YEAR;
    PartialDate from = at(start, precision);
    if (draw.chance(10)) {
      return DateRange.since(from);
    }
    LocalDate end;
    switch (precision) {
      case DAY:
        end = start.plusDays(draw.between(0, 400));
        break;
      case MONTH:
        end = start.plusMonths(draw.between(0, 24));
        break;
      default:
        end = start.plusYears(draw.between(0, 4));
        break;
    }
    return DateRange.of(from, at(end.isAfter(LATEST_DATE) ? LATEST_DATE : end, precision));
  }

  /**
   * Makes a quantity of 1 to 5,000 with any qualifier, each a fifth of the time.
   *
   * @return the quantity, not null
   */
  public Quantity quantity() {
    return quantity(draw.pick(QUALIFIERS), 1, 5_000);
  }

  /**
   * Makes a quantity of 1 to 5,000 with the given qualifier: "120", "about 3500", "over 100", "up
   * to 20" or "30-40".
   *
   * @param qualifier the qualifier, not null
   * @return the quantity, not null
   * @throws IllegalArgumentException if the qualifier is null
   */
  public Quantity quantity(Quantity.Qualifier qualifier) {
    return quantity(required(qualifier, "qualifier"), 1, 5_000);
  }

  /**
   * Makes an amount of money, in euro more often than not, of 500 to 2,000,000 units.
   *
   * @return the amount, not null
   */
  public MonetaryAmount monetaryAmount() {
    return money(Currency.getInstance(draw.pick(Vocabulary.CURRENCIES)));
  }

  /**
   * Makes coordinates near one of the sample towns, always within ±90 and ±180 degrees.
   *
   * @return the coordinates, not null
   */
  public Coordinates coordinates() {
    return near(draw.pick(draw.pick(COUNTRIES).localities()));
  }

  /**
   * Makes a place: one of the sample towns, such as Hrubieszów or Măgurele, usually with its
   * region and coordinates.
   *
   * @return the place, not null
   */
  public Place place() {
    Country country = draw.pick(COUNTRIES);
    return place(country, draw.pick(country.localities()));
  }

  /**
   * Makes a contact point of any kind: an e-mail address, an E.164 telephone or fax number, a web
   * site or a social-media page.
   *
   * @return the contact point, not null
   */
  public ContactPoint contactPoint() {
    Country country = draw.pick(COUNTRIES);
    return contactPoint(contactKind(), country, domain(null));
  }

  /**
   * Makes an external identifier: an IATI organisation identifier or a Wikidata item.
   *
   * @return the identifier, not null
   */
  public ExternalIdentifier externalIdentifier() {
    return externalIdentifier(draw.pick(COUNTRIES), draw.chance(20));
  }

  /**
   * Makes a source: a press release, news item or report with its publisher, address and dates.
   * It was published and accessed no later than {@link #LATEST_SOURCE_DATE}.
   *
   * @return the source, not null
   */
  public Source source() {
    Country country = draw.pick(COUNTRIES);
    Language language = country.language();
    int subject = draw.below(language.eventTitles.length);
    String[] documentType = draw.pick(language.documentTypes);
    Source.Builder source =
        Source.builder()
            .title(
                Vocabulary.text(
                    language.tag,
                    documentType[0] + ": " + language.eventTitles[subject][0],
                    documentType[1] + ": " + language.eventTitles[subject][1]));
    Named publisher = civilName(country, draw.pick(country.localities()), draw.pick(language.civilPrefixes), true);
    String domain = domain(publisher.acronym);
    if (draw.chance(80)) {
      source.publisher(publisher.text.text());
    }
    LocalDate published = draw.day(EARLIEST_DATE, LATEST_SOURCE_DATE);
    PartialDate publishedOn = null;
    if (draw.chance(85)) {
      publishedOn = draw.chance(70) ? PartialDate.of(published) : PartialDate.of(YearMonth.from(published));
      source.publishedOn(publishedOn);
    }
    if (draw.chance(80)) {
      source.url(
          URI.create(
              "https://" + domain + "/" + language.newsPath + "/" + published.getYear() + "/"
                  + language.eventTitleSlugs[subject]));
      if (draw.chance(50)) {
        LocalDate read = publishedOn == null ? published : publishedOn.latestDate();
        source.accessedOn(draw.day(read, min(read.plusYears(2), LATEST_SOURCE_DATE)));
      }
    }
    if (draw.chance(10)) {
      source.note(draw.pick(Vocabulary.NOTES));
    }
    return source.build();
  }

  /**
   * Makes a geography: the world, a country group, one to three countries, or a group with
   * countries besides its members.
   *
   * @return the geography, not null
   */
  public Geography geography() {
    int roll = draw.below(100);
    if (roll < 20) {
      return Geography.world();
    }
    if (roll < 50) {
      return Geography.of(countryGroup());
    }
    Geography.Builder geography = Geography.builder();
    if (roll < 85) {
      int count = draw.between(1, 3);
      for (int i = 0; i < count; i++) {
        geography.addCountry(draw.chance(70) ? draw.pick(RESETTLEMENT_STATES) : countryCode());
      }
      return geography.build();
    }
    geography.group(CountryGroup.EUROPEAN_UNION);
    int count = draw.between(1, 2);
    for (int i = 0; i < count; i++) {
      geography.addCountry(draw.pick(OTHER_RESETTLEMENT_STATES));
    }
    return geography.build();
  }

  //-----------------------------------------------------------------------
  /**
   * Makes an organisation of any kind: an NGO, a city, a ministry, a body such as UNHCR, a
   * network, a public library, with contacts, identifiers and sources.
   *
   * @return the organisation, not null
   */
  public Organisation organisation() {
    return organisation(organisationId(), free);
  }

  /**
   * Makes a person with a name from one of the seed languages, such as "Małgorzata Wróbel" or
   * "Ștefan Țurcanu", and sometimes an honorific and contact points.
   *
   * @return the person, not null
   */
  public Person person() {
    return person(personId(), free);
  }

  /**
   * Makes a membership: a person's role in an organisation, an organisation's membership of a
   * network, or a state's membership of an intergovernmental body.
   *
   * @return the membership, not null
   */
  public Membership membership() {
    return membership(free);
  }

  /**
   * Makes a participation in an event, in any role.
   *
   * @return the participation, not null
   */
  public Participation participation() {
    return participation(free);
  }

  /**
   * Makes a session of an event.
   *
   * @return the session, not null
   */
  public Session session() {
    LocalDate day = draw.day(EARLIEST_DATE, LATEST_DATE);
    return session(day, day, free);
  }

  /**
   * Makes a position in a series of events, such as the first meeting of a community of practice.
   *
   * @return the series position, not null
   */
  public SeriesPosition seriesPosition() {
    SeriesPosition.Builder position =
        SeriesPosition.builder().series(draw.pick(Vocabulary.SERIES_TEXTS));
    if (draw.chance(70)) {
      position.ordinal(draw.between(1, 8));
    }
    return position.last(draw.chance(20)).build();
  }

  /**
   * Makes an event: a workshop, conference, meeting or launch in a sample town, with organisers,
   * participants, sessions and attendance.
   *
   * @return the event, not null
   */
  public Event event() {
    return event(eventId(), free);
  }

  /**
   * Makes a funding: a funder, a programme such as the Asylum, Migration and Integration Fund, an
   * amount and a year, each present most of the time.
   *
   * @return the funding, not null
   */
  public Funding funding() {
    return funding(free);
  }

  /**
   * Makes a project, such as "Razem w bibliotece", with its coordinator, partners, funding and
   * period or duration.
   *
   * @return the project, not null
   */
  public Project project() {
    return project(projectId(), free);
  }

  /**
   * Makes a campaign target: a metric, a value, usually a scope and a deadline.
   *
   * @return the target, not null
   */
  public Target target() {
    return target(draw.chance(70) ? PartialDate.ofYear(draw.between(FIRST_YEAR, LAST_YEAR - 1)) : null);
  }

  /**
   * Makes a campaign, such as "Resettlement saves lives – 2020", with its launching organisations,
   * launch date, targets and period.
   *
   * @return the campaign, not null
   */
  public Campaign campaign() {
    return campaign(campaignId(), free);
  }

  /**
   * Makes a pledge of any kind and status, by an organisation, a person or a state.
   *
   * @return the pledge, not null
   */
  public Pledge pledge() {
    return pledge(pledgeId(), free);
  }

  /**
   * Makes an allocation of places by nationality or by country of first asylum.
   *
   * @return the allocation, not null
   */
  public Allocation allocation() {
    AllocationBasis basis = draw.pick(BASES);
    return Allocation.of(basis, allocationCountry(basis), quantity(draw.pick(QUALIFIERS), 10, 2_000));
  }

  /**
   * Makes a resettlement quota of a resettling state, with places, allocations and arrivals most
   * of the time.
   *
   * @return the quota, not null
   */
  public ResettlementQuota resettlementQuota() {
    return resettlementQuota(quotaId(), free);
  }

  /**
   * Makes one category of a statistic's breakdown, such as {@code female}, {@code 0-17} or a
   * country code.
   *
   * @return the breakdown, not null
   */
  public Breakdown breakdown() {
    BreakdownDimension dimension = draw.pick(DIMENSIONS);
    return Breakdown.of(dimension, category(dimension), quantity(draw.pick(QUALIFIERS), 1, 50_000));
  }

  /**
   * Makes a statistic: a metric, a figure of a plausible size for it, a period, a geography and
   * often a breakdown.
   *
   * @return the statistic, not null
   */
  public Statistic statistic() {
    return statistic(statisticId(), free);
  }

  /**
   * Makes a dataset of the {@linkplain DatasetSpec#defaults() default size}.
   *
   * @return the dataset, not null
   */
  public Dataset dataset() {
    return dataset(DatasetSpec.defaults());
  }

  /**
   * Makes a dataset whose references all resolve: pledges answer campaigns it holds and are dated
   * within their periods, events name its organisations, people and projects, memberships join
   * its records, and identifiers are unique within it ({@code org-1}, {@code pledge-1}, ...).
   *
   * @param spec how many records of each kind, not null
   * @return the dataset, not null
   * @throws IllegalArgumentException if the spec is null
   */
  public Dataset dataset(DatasetSpec spec) {
    return new DatasetSampler(this, required(spec, "spec")).build();
  }

  //-----------------------------------------------------------------------
  /**
   * Makes a dataset of the {@linkplain DatasetSpec#defaults() default size} that breaks one rule of
   * the validation module, in one value, and no other rule; the same as {@code
   * invalidDataset(rule, DatasetSpec.defaults())}.
   *
   * @param rule the rule to break, not null
   * @return the dataset, the rule and the path of the offending value, not null
   * @throws IllegalArgumentException if the rule is null
   */
  public InvalidSample<Dataset> invalidDataset(BrokenRule rule) {
    return invalidDataset(rule, DatasetSpec.defaults());
  }

  /**
   * Makes a dataset that breaks one rule of the validation module, in one value, and no other
   * rule: the dataset {@link #dataset(DatasetSpec)} makes, with one of the values the rule applies
   * to, chosen at random, changed as the {@linkplain BrokenRule rule's comment} says.
   *
   * <p>If that dataset has no value the rule applies to (a spec with one pledge, which states no
   * quantity, has nothing to break {@link BrokenRule#FULFILLED_WITHIN_PLEDGED} in), the next
   * dataset made for the spec is used, and so on. A dataset of the default size always has
   * something to break.
   *
   * @param rule the rule to break, not null
   * @param spec how many records of each kind, not null
   * @return the dataset, the rule and the path of the offending value, not null
   * @throws IllegalArgumentException if the rule or the spec is null, or the spec asks for no
   *     record of the kinds the rule applies to, such as no pledges for {@link
   *     BrokenRule#FULFILLED_WITHIN_PLEDGED}; the message names the kinds needed
   */
  public InvalidSample<Dataset> invalidDataset(BrokenRule rule, DatasetSpec spec) {
    return InvalidSampler.dataset(this, required(rule, "rule"), required(spec, "spec"));
  }

  /**
   * Makes a value of a type that breaks one rule of the validation module, in one value, and no
   * other rule: a {@link Dataset} of the default size, or a record on its own, such as an invalid
   * {@link Pledge}.
   *
   * <p>A record is made as {@link #next(Class)} makes it, and one of the values the rule applies to
   * changed; if it has none (a pledge that states no quantity, for {@link
   * BrokenRule#FULFILLED_WITHIN_PLEDGED}), the next record made is used, and so on. The path of
   * the offending value starts at the record: {@code fulfilled}, or the empty path for a rule
   * about the whole record, such as {@link BrokenRule#PERSON_NAMED}.
   *
   * @param <T> the type
   * @param type the type: {@code Dataset}, or a record type whose {@link #breakableRules(Class)}
   *     include the rule
   * @param rule the rule to break, not null
   * @return the value, the rule and the path of the offending value, not null
   * @throws IllegalArgumentException if either is null, or the rule cannot be broken in a value
   *     of the type, such as {@link BrokenRule#UNIQUE_ID} in a record on its own
   */
  public <T> InvalidSample<T> invalid(Class<T> type, BrokenRule rule) {
    required(type, "type");
    required(rule, "rule");
    if (type == Dataset.class) {
      @SuppressWarnings("unchecked") // T is Dataset.
      InvalidSample<T> sample = (InvalidSample<T>) invalidDataset(rule);
      return sample;
    }
    return InvalidSampler.record(this, type, rule);
  }

  /**
   * Returns the rules that {@link #invalid(Class, BrokenRule)} can break in a value of a type:
   * every rule in a {@link Dataset}; in a record on its own, the rules of its own values. {@link
   * BrokenRule#REFERENCE_RESOLVES}, {@link BrokenRule#UNIQUE_ID} and {@link
   * BrokenRule#PLEDGE_WITHIN_CAMPAIGN_PERIOD} compare records and need a dataset.
   *
   * <pre>{@code
   * SampleData.breakableRules(Pledge.class)   // NOT_BLANK_TEXT, WELL_FORMED_ID, WEB_ADDRESS,
   *                                           // PLAUSIBLE_DATE, NOT_IN_FUTURE, FULFILLED_WITHIN_PLEDGED,
   *                                           // PLEDGE_STATUS_MATCHES_FULFILMENT
   * }</pre>
   *
   * @param type the type, not null
   * @return the unmodifiable set of rules, empty for a type that is no record, not null
   * @throws IllegalArgumentException if the type is null
   */
  public static Set<BrokenRule> breakableRules(Class<?> type) {
    return RuleBreakers.breakable(required(type, "type"));
  }

  //-----------------------------------------------------------------------
  // Records, for a dataset or on their own; refs says what they may refer to.

  Organisation organisation(OrganisationId id, Refs refs) {
    OrganisationKind kind = draw.pick(ORGANISATION_KINDS);
    boolean international =
        kind == OrganisationKind.INTERGOVERNMENTAL
            || kind == OrganisationKind.NETWORK
            || kind == OrganisationKind.NGO_INTERNATIONAL;
    Country country =
        international
            ? COUNTRIES[Vocabulary.INTERNATIONAL_SEATS[draw.below(Vocabulary.INTERNATIONAL_SEATS.length)]]
            : draw.pick(COUNTRIES);
    Locality locality = draw.pick(country.localities());
    Named name = organisationName(kind, country, locality);
    Organisation.Builder organisation = Organisation.builder().id(id).name(name.text).kind(kind);
    if (name.acronym != null && draw.chance(80)) {
      organisation.acronym(name.acronym);
    }
    if (!international) {
      organisation.country(country.code());
    }
    if (draw.chance(international ? 60 : 85)) {
      organisation.place(place(country, locality));
    }
    String domain = domain(name.acronym != null ? name.acronym : locality.ascii());
    int contacts = draw.between(1, 3);
    boolean[] listed = new boolean[CONTACT_KINDS];
    for (int i = 0; i < contacts; i++) {
      ContactKind contactKind = contactKind();
      if (!listed[contactKind.ordinal()]) {
        listed[contactKind.ordinal()] = true;
        organisation.addContact(contactPoint(contactKind, country, domain));
      }
    }
    int identifiers = draw.below(3);
    for (int i = 0; i < identifiers; i++) {
      organisation.addIdentifier(externalIdentifier(country, international));
    }
    if (draw.chance(15)) {
      OrganisationId parent = refs.organisationOtherThan(id);
      if (parent != null) {
        organisation.parent(parent);
      }
    }
    if (draw.chance(40)) {
      organisation.description(draw.pick(country.language().summaries));
    }
    return organisation.sources(refs.sources()).build();
  }

  Person person(PersonId id, Refs refs) {
    Language language = draw.pick(COUNTRIES).language();
    String given = draw.pick(language.givenNames);
    String family = draw.pick(language.familyNames);
    Person.Builder person =
        Person.builder().id(id).name(given + " " + family).givenName(given).familyName(family);
    if (draw.chance(15)) {
      person.honorific(draw.pick(language.honorifics));
    }
    if (draw.chance(70)) {
      person.addContact(
          ContactPoint.email(
              Vocabulary.foldedName(given) + "." + Vocabulary.foldedName(family) + "@" + draw.pick(DOMAINS)));
    }
    if (draw.chance(30)) {
      person.addContact(ContactPoint.phone(phoneNumber(countryOf(language))));
    }
    return person.sources(refs.sources()).build();
  }

  Membership membership(Refs refs) {
    OrganisationId organisation = refs.organisation();
    Membership.Builder membership = Membership.builder().organisation(organisation);
    int roll = draw.below(100);
    Actor member = null;
    if (roll < 60) {
      member = refs.person();
      if (member != null && draw.chance(80)) {
        membership.role(draw.pick(draw.pick(LANGUAGES).roles));
      }
    } else if (roll < 90) {
      member = refs.organisationOtherThan(organisation);
    }
    membership.member(member != null ? member : draw.pick(EUROPEAN_STATES));
    if (draw.chance(60)) {
      LocalDate start = draw.day(EARLIEST_DATE, LATEST_DATE);
      PartialDate from = partialDate(start);
      if (draw.chance(50)) {
        membership.period(DateRange.since(from));
      } else {
        LocalDate end = min(from.latestDate().plusDays(draw.between(0, 3_000)), LATEST_DATE);
        membership.period(DateRange.of(from, PartialDate.of(end)));
      }
    }
    return membership.sources(refs.sources()).build();
  }

  Participation participation(Refs refs) {
    int roll = draw.below(100);
    Actor participant = roll < 60 ? refs.person() : roll < 90 ? refs.organisation() : null;
    if (participant == null) {
      participant = draw.pick(EUROPEAN_STATES);
    }
    ParticipantRole role = draw.pick(PARTICIPANT_ROLES);
    Participation.Builder participation = Participation.builder().participant(participant).role(role);
    if (participant.actorKind() == ActorKind.PERSON && draw.chance(60)) {
      OrganisationId representing = refs.organisation();
      if (representing != null) {
        participation.representing(representing);
      }
    }
    if (draw.chance(30)) {
      participation.country(draw.pick(EUROPEAN_STATES));
    }
    if (role != ParticipantRole.ATTENDEE && role != ParticipantRole.HOST && draw.chance(50)) {
      participation.contribution(draw.pick(Vocabulary.CONTRIBUTION_TEXTS));
    }
    return participation.build();
  }

  Session session(LocalDate first, LocalDate last, Refs refs) {
    Session.Builder session = Session.builder().kind(draw.pick(SESSION_KINDS));
    if (draw.chance(70)) {
      session.title(draw.pick(Vocabulary.SESSION_TITLE_TEXTS));
    }
    if (draw.chance(70)) {
      session.date(PartialDate.of(draw.day(first, last)));
    }
    int speakers = draw.below(4);
    for (int i = 0; i < speakers; i++) {
      Actor speaker = draw.chance(75) ? refs.person() : refs.organisation();
      if (speaker != null) {
        session.addSpeaker(speaker);
      }
    }
    if (draw.chance(30)) {
      session.summary(draw.pick(draw.pick(LANGUAGES).summaries));
    }
    return session.build();
  }

  Event event(EventId id, Refs refs) {
    EventKind kind = draw.pick(EVENT_KINDS);
    Country country = draw.pick(COUNTRIES);
    Locality locality = draw.pick(country.localities());
    Language language = country.language();
    LocalDate first = draw.day(EARLIEST_DATE, LATEST_DATE.minusDays(3));
    LocalDate last = first.plusDays(kind == EventKind.CONFERENCE ? draw.between(1, 3) : draw.below(2));
    int precision = draw.below(100);
    DateRange period;
    if (precision < 85) {
      period = first.equals(last) ? DateRange.of(PartialDate.of(first)) : DateRange.of(PartialDate.of(first), PartialDate.of(last));
    } else if (precision < 95) {
      period = DateRange.of(PartialDate.of(YearMonth.from(first)));
      last = first;
    } else {
      period = DateRange.of(PartialDate.ofYear(first.getYear()));
      last = first;
    }
    Event.Builder event =
        Event.builder().id(id).title(draw.pick(language.eventTitleTexts)).kind(kind).period(period);
    if (kind == EventKind.WEBINAR) {
      event.online(true);
    } else {
      if (draw.chance(95)) {
        event.venue(place(country, locality));
      }
      event.online(draw.chance(20));
    }
    int organisers = draw.between(1, 2);
    for (int i = 0; i < organisers; i++) {
      OrganisationId organiser = refs.organisation();
      if (organiser != null) {
        event.addOrganiser(organiser);
      }
    }
    if (draw.chance(40)) {
      OrganisationId host = refs.organisation();
      if (host != null) {
        event.addHost(host);
      }
    }
    int funders = draw.below(3);
    for (int i = 0; i < funders; i++) {
      Actor funder = draw.chance(70) ? refs.organisation() : null;
      event.addFunder(funder != null ? funder : draw.pick(EUROPEAN_STATES));
    }
    int participants = draw.below(7);
    for (int i = 0; i < participants; i++) {
      event.addParticipant(participation(refs));
    }
    int sessions = kind == EventKind.CONFERENCE ? draw.between(2, 5) : draw.below(3);
    for (int i = 0; i < sessions; i++) {
      event.addSession(session(first, last, refs));
    }
    if (draw.chance(70)) {
      event.attendance(quantity(draw.pick(QUALIFIERS), 10, 400));
    }
    int represented = draw.below(7);
    if (represented > 0) {
      event.addRepresentedCountry(country.code());
      for (int i = 1; i < represented; i++) {
        event.addRepresentedCountry(draw.chance(90) ? draw.pick(EUROPEAN_STATES) : countryCode());
      }
    }
    if (draw.chance(25)) {
      event.moreCountriesRepresented(true);
    }
    if (draw.chance(25)) {
      long count = represented + draw.between(1, 12);
      int qualifier = draw.below(3);
      event.representedCountryCount(
          qualifier == 0
              ? Quantity.exactly(count)
              : qualifier == 1 ? Quantity.approximately(count) : Quantity.atLeast(count));
    }
    event.addWorkingLanguage(language.tag);
    if (!language.isEnglish() && draw.chance(60)) {
      event.addWorkingLanguage("en");
    }
    int[] topics = draw.distinct(draw.below(4), Vocabulary.TOPIC_TEXTS.length);
    for (int topic : topics) {
      event.addTopic(Vocabulary.TOPIC_TEXTS[topic]);
    }
    if (draw.chance(40)) {
      event.summary(draw.pick(language.summaries));
    }
    if (draw.chance(40)) {
      ProjectId project = refs.project();
      if (project != null) {
        event.project(project);
      }
    }
    if (draw.chance(20)) {
      event.series(seriesPosition());
    }
    return event.sources(refs.sources()).build();
  }

  Funding funding(Refs refs) {
    Funding.Builder funding = Funding.builder();
    if (draw.chance(80)) {
      Actor funder = draw.chance(60) ? refs.organisation() : null;
      funding.funder(funder != null ? funder : draw.pick(RESETTLEMENT_STATES));
    }
    if (draw.chance(70)) {
      funding.programme(draw.pick(Vocabulary.PROGRAMME_TEXTS));
    }
    if (draw.chance(60)) {
      funding.amount(money(Currency.getInstance("EUR")));
    }
    if (draw.chance(70)) {
      funding.year(Year.of(draw.between(1995, LAST_YEAR)));
    }
    return funding.build();
  }

  Project project(ProjectId id, Refs refs) {
    Language language = draw.pick(LANGUAGES);
    int title = draw.below(language.projectTitles.length);
    Project.Builder project = Project.builder().id(id).title(language.projectTitles[title]);
    if (language.projectAcronyms[title] != null && draw.chance(40)) {
      project.acronym(language.projectAcronyms[title]);
    }
    OrganisationId coordinator = draw.chance(85) ? refs.organisation() : null;
    if (coordinator != null) {
      project.coordinator(coordinator);
    }
    List<OrganisationId> partners = new ArrayList<>(4);
    int wanted = draw.below(5);
    for (int i = 0; i < wanted; i++) {
      OrganisationId partner = refs.organisation();
      if (partner != null && !partner.equals(coordinator) && !partners.contains(partner)) {
        partners.add(partner);
      }
    }
    project.partners(partners);
    int fundings = draw.below(3);
    for (int i = 0; i < fundings; i++) {
      project.addFunding(funding(refs));
    }
    if (draw.chance(65)) {
      LocalDate start = draw.day(EARLIEST_DATE, LATEST_DATE);
      PartialDate.Precision precision = draw.chance(60) ? PartialDate.Precision.DAY : PartialDate.Precision.MONTH;
      if (draw.chance(10)) {
        project.period(DateRange.since(at(start, precision)));
      } else {
        LocalDate end = min(start.plusMonths(draw.between(6, 36)), LATEST_DATE);
        project.period(DateRange.of(at(start, precision), at(end, precision)));
      }
    } else if (draw.chance(50)) {
      project.duration(draw.chance(50) ? Period.ofMonths(draw.between(6, 36)) : Period.ofYears(draw.between(1, 3)));
    }
    int[] groups = draw.distinct(draw.below(3), language.targetGroups.length);
    for (int group : groups) {
      project.addTargetGroup(language.targetGroups[group]);
    }
    if (draw.chance(15)) {
      ProjectId parent = refs.projectOtherThan(id);
      if (parent != null) {
        project.parent(parent);
      }
    }
    if (draw.chance(40)) {
      project.summary(draw.pick(language.summaries));
    }
    return project.sources(refs.sources()).build();
  }

  /** A target whose deadline, if any, falls in a year after the launch date's. */
  Target target(PartialDate launch) {
    StatisticMetric metric = draw.chance(60) ? StatisticMetric.PLACES_OFFERED : draw.pick(METRICS);
    long[] range = METRIC_RANGES[metric.ordinal()];
    Quantity value = quantity(draw.pick(QUALIFIERS), range[0], range[1]);
    Target.Builder target = Target.builder().metric(metric).value(value);
    if (draw.chance(80)) {
      target.scope(geography());
    }
    Integer deadline = null;
    if (draw.chance(80)) {
      if (launch == null) {
        deadline = draw.between(1995, LAST_YEAR);
      } else if (launch.year() < LAST_YEAR) {
        deadline = draw.between(launch.year() + 1, Math.min(launch.year() + 8, LAST_YEAR));
      }
    }
    if (deadline != null) {
      target.deadline(PartialDate.ofYear(deadline));
    }
    boolean perYear = draw.chance(40);
    target.perYear(perYear);
    if (draw.chance(30)) {
      target.description(
          LocalizedText.of(
              "en",
              value + " " + METRIC_WORDS[metric.ordinal()] + (perYear ? " a year" : "")
                  + (deadline != null ? " by " + deadline : "")));
    }
    return target.build();
  }

  Campaign campaign(CampaignId id, Refs refs) {
    String[] name = draw.pick(Vocabulary.CAMPAIGN_NAMES);
    Campaign.Builder campaign = Campaign.builder().id(id);
    List<OrganisationId> launchers = new ArrayList<>(4);
    int wanted = draw.between(1, 4);
    for (int i = 0; i < wanted; i++) {
      OrganisationId launcher = refs.organisation();
      if (launcher != null && !launchers.contains(launcher)) {
        launchers.add(launcher);
      }
    }
    campaign.launchingOrganisations(launchers);
    PartialDate launch = null;
    if (draw.chance(90)) {
      LocalDate day = draw.day(LocalDate.of(1995, 1, 1), LocalDate.of(LAST_YEAR - 2, 12, 31));
      int precision = draw.below(100);
      launch = precision < 40 ? PartialDate.ofYear(day.getYear()) : partialDate(day);
      campaign.launchDate(launch);
    }
    int targets = draw.chance(90) ? draw.between(1, 2) : 0;
    int lastDeadline = 0;
    for (int i = 0; i < targets; i++) {
      Target target = target(launch);
      campaign.addTarget(target);
      if (target.deadline().isPresent()) {
        lastDeadline = Math.max(lastDeadline, target.deadline().get().year());
      }
    }
    int nameYear =
        lastDeadline > 0 ? lastDeadline : launch != null ? Math.min(launch.year() + 5, LAST_YEAR) : draw.between(2000, LAST_YEAR);
    campaign.name(Vocabulary.text(name[0], name[1] + " – " + nameYear, name[2] + " – " + nameYear));
    if (launch != null && draw.chance(80)) {
      if (draw.chance(25)) {
        campaign.period(DateRange.since(launch));
      } else {
        int endYear = Math.max(lastDeadline, launch.year() + draw.between(1, 8));
        campaign.period(DateRange.of(launch, PartialDate.ofYear(Math.min(endYear, LAST_YEAR))));
      }
    }
    if (draw.chance(40)) {
      campaign.summary(draw.pick(draw.pick(LANGUAGES).summaries));
    }
    return campaign.sources(refs.sources()).build();
  }

  /** The days within which pledges to a campaign fall: its period, else from its launch on. */
  static Refs.CampaignWindow windowOf(Campaign campaign) {
    LocalDate from = EARLIEST_DATE;
    LocalDate to = LATEST_DATE;
    if (campaign.period().isPresent()) {
      DateRange period = campaign.period().get();
      from = period.earliestDate();
      to = period.latestDate().orElse(LATEST_DATE);
    } else if (campaign.launchDate().isPresent()) {
      from = campaign.launchDate().get().earliestDate();
    }
    return new Refs.CampaignWindow(campaign.id(), from, to);
  }

  Pledge pledge(PledgeId id, Refs refs) {
    int roll = draw.below(100);
    Actor pledger = roll < 55 ? refs.organisation() : roll < 70 ? refs.person() : null;
    if (pledger == null) {
      pledger = draw.pick(RESETTLEMENT_STATES);
    }
    PledgeKind kind = draw.chance(40) ? PledgeKind.RESETTLEMENT_PLACES : draw.pick(PLEDGE_KINDS);
    Pledge.Builder pledge = Pledge.builder().id(id).pledger(pledger).kind(kind);
    Refs.CampaignWindow campaign = draw.chance(85) ? refs.campaign() : null;
    if (campaign != null) {
      pledge.campaign(campaign.id());
    }
    Quantity quantity = null;
    if (kind == PledgeKind.RESETTLEMENT_PLACES ? draw.chance(95) : kind != PledgeKind.FUNDING && draw.chance(40)) {
      boolean state = pledger.actorKind() == ActorKind.COUNTRY;
      quantity = quantity(draw.pick(QUALIFIERS), 5, state && kind == PledgeKind.RESETTLEMENT_PLACES ? 10_000 : 500);
      pledge.quantity(quantity);
    }
    if (draw.chance(kind == PledgeKind.FUNDING ? 90 : 5)) {
      pledge.amount(monetaryAmount());
    }
    if (draw.chance(30)) {
      pledge.description(PLEDGE_DESCRIPTIONS[kind.ordinal()]);
    }
    PartialDate pledgedOn = null;
    if (campaign != null) {
      pledgedOn = PartialDate.of(draw.day(campaign.from(), campaign.to()));
    } else if (draw.chance(85)) {
      pledgedOn = partialDate();
    }
    if (pledgedOn != null) {
      pledge.pledgedOn(pledgedOn);
    }
    if (draw.chance(40)) {
      int from = pledgedOn != null ? pledgedOn.year() : draw.between(FIRST_YEAR, LAST_YEAR);
      int to = Math.min(from + draw.below(3), LAST_YEAR);
      pledge.targetPeriod(DateRange.of(PartialDate.ofYear(from), PartialDate.ofYear(to)));
    }
    PledgeStatus status = draw.pick(PLEDGE_STATUSES);
    pledge.status(status);
    if (quantity != null) {
      fulfil(pledge, status, quantity);
    }
    return pledge.sources(refs.sources()).build();
  }

  /**
   * Sets how much of a pledge was delivered: at most the smallest count pledged, or more than
   * the largest with {@code overfulfilled} set.
   */
  private void fulfil(Pledge.Builder pledge, PledgeStatus status, Quantity pledged) {
    long floor = pledged.min();
    switch (status) {
      case FULFILLED:
        if (pledged.max().isPresent() && draw.chance(20)) {
          long most = pledged.max().getAsLong();
          pledge.fulfilled(Quantity.exactly(most + draw.between(1L, Math.max(1L, most / 5))));
          pledge.overfulfilled(true);
        } else if (floor > 0 && draw.chance(60)) {
          pledge.fulfilled(Quantity.exactly(floor));
        }
        break;
      case IN_PROGRESS:
      case PARTIALLY_FULFILLED:
        if (floor > 1 && draw.chance(70)) {
          pledge.fulfilled(within(floor - 1));
        }
        break;
      case WITHDRAWN:
        if (floor > 1 && draw.chance(20)) {
          pledge.fulfilled(within(floor - 1));
        }
        break;
      default:
        break;
    }
  }

  ResettlementQuota resettlementQuota(QuotaId id, Refs refs) {
    QuotaKind kind = draw.pick(QUOTA_KINDS);
    int year = draw.between(1995, LAST_YEAR);
    DateRange period;
    if (kind == QuotaKind.MULTI_ANNUAL_PROGRAMME) {
      period = DateRange.of(PartialDate.ofYear(year), PartialDate.ofYear(Math.min(year + draw.between(1, 3), LAST_YEAR)));
    } else if (kind == QuotaKind.HUMANITARIAN_ADMISSION && draw.chance(40)) {
      LocalDate start = draw.day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      period = DateRange.of(PartialDate.of(start), PartialDate.of(min(start.plusDays(draw.between(30, 300)), LATEST_DATE)));
    } else {
      period = DateRange.of(PartialDate.ofYear(year));
    }
    CountryCode country =
        kind == QuotaKind.EU_PLEDGE
            ? draw.pick(new ArrayList<>(CountryGroup.EUROPEAN_UNION.membersOn(period.earliestDate())))
            : draw.pick(RESETTLEMENT_STATES);
    ResettlementQuota.Builder quota =
        ResettlementQuota.builder().id(id).country(country).period(period).kind(kind);
    Quantity places = draw.chance(85) ? quantity(draw.pick(QUALIFIERS), 20, 10_000) : null;
    if (places != null) {
      quota.places(places);
      long budget = places.min();
      if (budget >= 10 && draw.chance(50)) {
        AllocationBasis basis = draw.pick(BASES);
        CountryCode[] countries = basis == AllocationBasis.NATIONALITY ? ORIGINS : FIRST_ASYLUM;
        for (int index : draw.distinct(draw.between(1, 3), countries.length)) {
          if (budget < 1) {
            break;
          }
          Quantity allocated = within(budget);
          budget -= allocated.max().getAsLong();
          quota.addAllocation(Allocation.of(basis, countries[index], allocated));
        }
      }
    }
    Quantity arrivals = null;
    if (places != null ? places.min() >= 1 && draw.chance(60) : draw.chance(30)) {
      arrivals = places != null ? within(places.min()) : quantity(draw.pick(QUALIFIERS), 1, 5_000);
      quota.arrivals(arrivals);
      if (draw.chance(70)) {
        LocalDate until = period.latestDate().orElse(period.earliestDate()).plusYears(1);
        quota.arrivalsAsOf(PartialDate.of(draw.day(period.earliestDate(), min(until, LATEST_DATE))));
      }
    }
    if (draw.chance(60)) {
      LocalDate decided = period.earliestDate().minusDays(draw.between(30, 365));
      decided = decided.isBefore(EARLIEST_DATE) ? EARLIEST_DATE : decided;
      quota.decidedOn(draw.chance(50) ? PartialDate.of(decided) : PartialDate.of(YearMonth.from(decided)));
    }
    if (draw.chance(30)) {
      quota.description(draw.pick(draw.pick(LANGUAGES).summaries));
    }
    return quota.sources(refs.sources()).build();
  }

  Statistic statistic(StatisticId id, Refs refs) {
    StatisticMetric metric = draw.pick(METRICS);
    long[] range = METRIC_RANGES[metric.ordinal()];
    Quantity value = quantity(draw.pick(QUALIFIERS), range[0], range[1]);
    int year = draw.between(1995, LAST_YEAR);
    DateRange period;
    int roll = draw.below(100);
    if (roll < 80) {
      period = DateRange.of(PartialDate.ofYear(year));
    } else if (roll < 90) {
      int month = draw.between(1, 12);
      period = DateRange.of(PartialDate.of(year, 1), PartialDate.of(year, month));
    } else {
      period = DateRange.of(PartialDate.ofYear(year), PartialDate.ofYear(Math.min(year + draw.between(1, 4), LAST_YEAR)));
    }
    Statistic.Builder statistic =
        Statistic.builder().id(id).metric(metric).value(value).period(period).geography(geography());
    if (metric != StatisticMetric.RESETTLING_COUNTRIES && draw.chance(50)) {
      for (int dimension : draw.distinct(draw.between(1, 2), DIMENSIONS.length)) {
        addBreakdown(statistic, DIMENSIONS[dimension], value);
      }
    }
    if (draw.chance(20)) {
      statistic.note(draw.pick(Vocabulary.NOTE_TEXTS));
    }
    return statistic.sources(refs.sources()).build();
  }

  /**
   * Breaks a figure down along one dimension: into exact parts that add up to it when it is
   * exact, else into approximate parts of its estimate.
   */
  private void addBreakdown(Statistic.Builder statistic, BreakdownDimension dimension, Quantity total) {
    String[] categories;
    switch (dimension) {
      case SEX:
        categories = Vocabulary.SEXES;
        break;
      case AGE_BAND:
        categories = Vocabulary.AGE_BANDS;
        break;
      default:
        CountryCode[] countries = dimension == BreakdownDimension.CITIZENSHIP ? ORIGINS : FIRST_ASYLUM;
        int[] chosen = draw.distinct(draw.between(2, 4), countries.length);
        categories = new String[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
          categories[i] = countries[chosen[i]].alpha2();
        }
        break;
    }
    long remaining = total.isExact() ? total.value() : total.estimate();
    for (int i = 0; i < categories.length; i++) {
      long part = i == categories.length - 1 ? remaining : draw.between(0L, remaining);
      remaining -= part;
      statistic.addBreakdown(
          Breakdown.of(dimension, categories[i], total.isExact() ? Quantity.exactly(part) : Quantity.approximately(part)));
    }
  }

  //-----------------------------------------------------------------------
  // Shared values.

  private PartialDate partialDate(LocalDate day) {
    int roll = draw.below(100);
    return at(day, roll < 60 ? PartialDate.Precision.DAY : roll < 85 ? PartialDate.Precision.MONTH : PartialDate.Precision.YEAR);
  }

  private static PartialDate at(LocalDate day, PartialDate.Precision precision) {
    switch (precision) {
      case DAY:
        return PartialDate.of(day);
      case MONTH:
        return PartialDate.of(YearMonth.from(day));
      default:
        return PartialDate.ofYear(day.getYear());
    }
  }

  /**
   * A quantity with a figure from {@code low} to {@code high}; estimates and bounds are rounded
   * down to two significant digits, as sources round them ("about 3500", "over 100").
   */
  Quantity quantity(Quantity.Qualifier qualifier, long low, long high) {
    long figure = draw.between(low, high);
    switch (qualifier) {
      case EXACT:
        return Quantity.exactly(figure);
      case APPROXIMATE:
        return Quantity.approximately(rounded(figure));
      case AT_LEAST:
        return Quantity.atLeast(rounded(figure));
      case AT_MOST:
        return Quantity.atMost(rounded(figure));
      default:
        long start = rounded(figure);
        return Quantity.between(start, start + rounded(Math.max(1, start / 4)));
    }
  }

  /** A quantity whose largest possible count is at most {@code limit}, which is at least 1. */
  private Quantity within(long limit) {
    long figure = draw.between(1L, limit);
    switch (draw.below(4)) {
      case 0:
        return Quantity.exactly(figure);
      case 1:
        return Quantity.approximately(rounded(figure));
      case 2:
        return Quantity.atMost(figure);
      default:
        return Quantity.between(draw.between(0L, figure), figure);
    }
  }

  /** Rounds a positive figure down to two significant digits: 3547 gives 3500. */
  private static long rounded(long figure) {
    long unit = 1;
    while (figure / unit >= 100) {
      unit *= 10;
    }
    return figure / unit * unit;
  }

  private MonetaryAmount money(Currency currency) {
    long units = rounded(draw.between(500L, 2_000_000L));
    BigDecimal amount = draw.chance(50) ? BigDecimal.valueOf(units) : BigDecimal.valueOf(units * 100, 2);
    return MonetaryAmount.of(amount, currency);
  }

  private Coordinates near(Locality locality) {
    return Coordinates.of(
        locality.latitude() + (draw.unit() - 0.5) / 10, locality.longitude() + (draw.unit() - 0.5) / 10);
  }

  private Place place(Country country, Locality locality) {
    Place.Builder place = Place.builder().locality(locality.text()).country(country.code());
    if (draw.chance(80)) {
      place.region(locality.region());
    }
    if (draw.chance(70)) {
      place.coordinates(near(locality));
    }
    return place.build();
  }

  private ContactKind contactKind() {
    int roll = draw.below(100);
    return roll < 35
        ? ContactKind.EMAIL
        : roll < 60
            ? ContactKind.PHONE
            : roll < 85 ? ContactKind.WEBSITE : roll < 90 ? ContactKind.FAX : ContactKind.SOCIAL_MEDIA;
  }

  private ContactPoint contactPoint(ContactKind kind, Country country, String domain) {
    String value;
    switch (kind) {
      case EMAIL:
        value = country.language().mailbox + "@" + domain;
        break;
      case PHONE:
      case FAX:
        value = phoneNumber(country);
        break;
      case WEBSITE:
        value =
            "https://" + domain + "/"
                + (country.language().isEnglish() || draw.chance(50) ? "" : country.language().tag + "/");
        break;
      default:
        value = "https://social.example/@" + domain.substring(0, domain.indexOf('.'));
        break;
    }
    ContactPoint.Builder contact = ContactPoint.builder().kind(kind).value(value);
    if (draw.chance(25)) {
      contact.label(draw.pick(Vocabulary.CONTACT_LABELS));
    }
    return contact.build();
  }

  /** A number in E.164 form: "+", the country calling code and the subscriber number. */
  String phoneNumber(Country country) {
    StringBuilder number = new StringBuilder(16).append('+').append(country.callingCode());
    number.append((char) ('1' + draw.below(9)));
    appendDigits(number, country.subscriberDigits() - 1);
    return number.toString();
  }

  private void appendDigits(StringBuilder text, int count) {
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + draw.below(10)));
    }
  }

  private ExternalIdentifier externalIdentifier(Country country, boolean international) {
    if (international && draw.chance(60)) {
      return ExternalIdentifier.iati("XM-DAC-" + draw.between(40_000, 49_999));
    }
    if (country.registerPrefix() != null && draw.chance(60)) {
      StringBuilder value = new StringBuilder(country.registerPrefix());
      appendDigits(value, country.registerDigits());
      return ExternalIdentifier.iati(value.toString());
    }
    return ExternalIdentifier.wikidata("Q" + draw.between(1_000, 130_000_000));
  }

  /** A host under a reserved domain, such as {@code fpujk.example.org}. */
  private String domain(String name) {
    String label = name == null ? Vocabulary.ascii(draw.pick(draw.pick(COUNTRIES).localities()).name()) : Vocabulary.ascii(name);
    return label + "." + draw.pick(DOMAINS);
  }

  private static Country countryOf(Language language) {
    for (Country country : COUNTRIES) {
      if (country.language() == language) {
        return country;
      }
    }
    throw new IllegalStateException("no country speaks " + language.tag);
  }

  private CountryCode allocationCountry(AllocationBasis basis) {
    return draw.pick(basis == AllocationBasis.NATIONALITY ? ORIGINS : FIRST_ASYLUM);
  }

  private String category(BreakdownDimension dimension) {
    switch (dimension) {
      case SEX:
        return draw.pick(Vocabulary.SEXES);
      case AGE_BAND:
        return draw.pick(Vocabulary.AGE_BANDS);
      case CITIZENSHIP:
        return draw.pick(ORIGINS).alpha2();
      default:
        return draw.pick(FIRST_ASYLUM).alpha2();
    }
  }

  //-----------------------------------------------------------------------
  // Organisation names.

  /** A name and, where it has one, its acronym. */
  private static final class Named {
    final LocalizedText text;
    final String acronym;

    Named(LocalizedText text, String acronym) {
      this.text = text;
      this.acronym = acronym;
    }
  }

  private Named organisationName(OrganisationKind kind, Country country, Locality locality) {
    Language language = country.language();
    switch (kind) {
      case NGO_NATIONAL:
      case OTHER:
        return civilName(country, locality, draw.pick(language.civilPrefixes), true);
      case FOUNDATION:
        return civilName(country, locality, language.foundation, true);
      case FAITH_BASED:
        return civilName(country, locality, language.faithBased, false);
      case ACADEMIC:
        return civilName(country, locality, language.academic, false);
      case PRIVATE_SECTOR:
        return civilName(country, locality, language.socialEnterprise, false);
      case PUBLIC_INSTITUTION:
        return townName(language, language.library, locality, " Public Library", true);
      case LOCAL_AUTHORITY:
        return townName(language, language.municipality, locality, null, false);
      case REGIONAL_AUTHORITY:
        return new Named(locality.region(), null);
      case GOVERNMENT:
        return new Named(country.government(), null);
      case ASSOCIATION_OF_AUTHORITIES:
        return new Named(country.authorities(), Vocabulary.acronym(country.authorities().text()));
      case INTERGOVERNMENTAL:
        String[] body = draw.pick(Vocabulary.INTERGOVERNMENTAL);
        return new Named(LocalizedText.of("en", body[0]).and("fr", body[1]), body[2]);
      default:
        String name =
            draw.pick(Vocabulary.INTERNATIONAL_QUALIFIERS) + " " + draw.pick(Vocabulary.INTERNATIONAL_NOUNS)
                + " " + draw.pick(Vocabulary.INTERNATIONAL_TOPICS);
        return new Named(LocalizedText.of("en", name), Vocabulary.acronym(name));
    }
  }

  /**
   * A name such as "Associação de Apoio a Migrantes de Lisboa" / "Lisbon Association for Migrant
   * Support": a prefix, perhaps a topic, and the town (or, in Polish, a patron).
   */
  private Named civilName(Country country, Locality locality, String[] prefix, boolean withTopic) {
    Language language = country.language();
    String[] topic = withTopic ? draw.pick(language.topics) : null;
    String local = topic == null ? prefix[0] : prefix[0] + " " + topic[0];
    String english = topic == null ? prefix[1] : prefix[1] + " " + topic[1];
    if (language.patrons != null) {
      String[] patron = draw.pick(language.patrons);
      local = local + " " + patron[0];
      english = patron[1] + " " + english;
    } else if (language.cityLink != null) {
      local = local + language.cityLink + locality.name();
      english = locality.englishName() + " " + english;
    } else {
      local = locality.name() + " " + local;
      english = local;
    }
    return new Named(Vocabulary.text(language.tag, local, english), Vocabulary.acronym(local));
  }

  /** A name made of a town's name between a prefix and a suffix: "Gmina Chrzanów". */
  private static Named townName(
      Language language, String[] affixes, Locality locality, String englishSuffix, boolean withAcronym) {
    String local = affixes[0] + locality.name() + affixes[1];
    String english =
        englishSuffix != null ? locality.englishName() + englishSuffix : "Municipality of " + locality.englishName();
    return new Named(
        Vocabulary.text(language.tag, local, language.isEnglish() ? local : english),
        withAcronym ? Vocabulary.acronym(local) : null);
  }

  //-----------------------------------------------------------------------
  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static CountryCode[] concat(CountryCode[] first, CountryCode[] second) {
    List<CountryCode> all = new ArrayList<>(first.length + second.length);
    Collections.addAll(all, first);
    for (CountryCode code : second) {
      if (!all.contains(code)) {
        all.add(code);
      }
    }
    return all.toArray(new CountryCode[0]);
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** The references of a record made on its own: fresh identifiers that no dataset resolves. */
  private final class FreeRefs implements Refs {
    @Override
    public OrganisationId organisation() {
      return organisationId();
    }

    @Override
    public OrganisationId organisationOtherThan(OrganisationId organisation) {
      OrganisationId other = organisationId();
      return other.equals(organisation) ? null : other;
    }

    @Override
    public PersonId person() {
      return personId();
    }

    @Override
    public ProjectId project() {
      return projectId();
    }

    @Override
    public ProjectId projectOtherThan(ProjectId project) {
      ProjectId other = projectId();
      return other.equals(project) ? null : other;
    }

    @Override
    public CampaignWindow campaign() {
      LocalDate from = draw.day(LocalDate.of(1995, 1, 1), LATEST_DATE.minusYears(1));
      return new CampaignWindow(campaignId(), from, min(from.plusYears(draw.between(1, 8)), LATEST_DATE));
    }

    @Override
    public List<Source> sources() {
      return draw.chance(50) ? List.of(source()) : List.of();
    }
  }

  /** Finds the algorithm once, on first use, so that {@link #using} works without it. */
  private static final class Algorithm {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = factory();

    private static RandomGeneratorFactory<RandomGenerator> factory() {
      try {
        return RandomGeneratorFactory.of(ALGORITHM);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    static RandomGenerator create(long seed) {
      if (FACTORY == null) {
        throw new IllegalStateException(
            "This Java runtime has no " + ALGORITHM + " random algorithm (module jdk.random on"
                + " Java 17 to 22); use SampleData.using(RandomGenerator) instead");
      }
      return FACTORY.create(seed);
    }
  }

  private static Map<Class<?>, Function<SampleData, ?>> generators() {
    Map<Class<?>, Function<SampleData, ?>> generators = new LinkedHashMap<>();
    generators.put(OrganisationId.class, SampleData::organisationId);
    generators.put(PersonId.class, SampleData::personId);
    generators.put(EventId.class, SampleData::eventId);
    generators.put(ProjectId.class, SampleData::projectId);
    generators.put(CampaignId.class, SampleData::campaignId);
    generators.put(PledgeId.class, SampleData::pledgeId);
    generators.put(QuotaId.class, SampleData::quotaId);
    generators.put(StatisticId.class, SampleData::statisticId);
    generators.put(Actor.class, SampleData::actor);
    generators.put(LocalizedText.class, SampleData::localizedText);
    generators.put(CountryCode.class, SampleData::countryCode);
    generators.put(CountryGroup.class, SampleData::countryGroup);
    generators.put(PartialDate.class, SampleData::partialDate);
    generators.put(DateRange.class, SampleData::dateRange);
    generators.put(Quantity.class, SampleData::quantity);
    generators.put(MonetaryAmount.class, SampleData::monetaryAmount);
    generators.put(Coordinates.class, SampleData::coordinates);
    generators.put(Place.class, SampleData::place);
    generators.put(ContactPoint.class, SampleData::contactPoint);
    generators.put(ExternalIdentifier.class, SampleData::externalIdentifier);
    generators.put(Source.class, SampleData::source);
    generators.put(Geography.class, SampleData::geography);
    generators.put(Organisation.class, SampleData::organisation);
    generators.put(Person.class, SampleData::person);
    generators.put(Membership.class, SampleData::membership);
    generators.put(Participation.class, SampleData::participation);
    generators.put(Session.class, SampleData::session);
    generators.put(SeriesPosition.class, SampleData::seriesPosition);
    generators.put(Event.class, SampleData::event);
    generators.put(Funding.class, SampleData::funding);
    generators.put(Project.class, SampleData::project);
    generators.put(Target.class, SampleData::target);
    generators.put(Campaign.class, SampleData::campaign);
    generators.put(Pledge.class, SampleData::pledge);
    generators.put(Allocation.class, SampleData::allocation);
    generators.put(ResettlementQuota.class, SampleData::resettlementQuota);
    generators.put(Breakdown.class, SampleData::breakdown);
    generators.put(Statistic.class, SampleData::statistic);
    generators.put(Dataset.class, SampleData::dataset);
    enumeration(generators, ActorKind.values());
    enumeration(generators, Quantity.Qualifier.values());
    enumeration(generators, PartialDate.Precision.values());
    enumeration(generators, OrganisationKind.values());
    enumeration(generators, ContactKind.values());
    enumeration(generators, EventKind.values());
    enumeration(generators, SessionKind.values());
    enumeration(generators, ParticipantRole.values());
    enumeration(generators, PledgeKind.values());
    enumeration(generators, PledgeStatus.values());
    enumeration(generators, QuotaKind.values());
    enumeration(generators, AllocationBasis.values());
    enumeration(generators, StatisticMetric.values());
    enumeration(generators, BreakdownDimension.values());
    return Collections.unmodifiableMap(generators);
  }

  private static <E extends Enum<E>> void enumeration(Map<Class<?>, Function<SampleData, ?>> generators, E[] constants) {
    generators.put(constants[0].getDeclaringClass(), data -> data.draw.pick(constants));
  }
}
