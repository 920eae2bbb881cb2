package org.resettlement.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
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
import org.resettlement.core.Rounding;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.Vocabulary.Country;

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

  private static final Map<Class<?>, Function<SampleData, ?>> GENERATORS = generators();

  /** The random draws of this instance, which every sampler below and every breaker shares. */
  final Draw draw;

  // Values, and the records made of them: the samplers share the draws, each using those it needs.
  private final IdentifierSampler ids;
  private final DateSampler dates;
  private final QuantitySampler quantities;
  private final PlaceSampler places;
  private final ContactSampler contacts;
  private final TextSampler texts;
  private final SourceSampler sources;
  final OrganisationSampler organisations;
  final EventSampler events;
  final ProjectSampler projects;
  final CampaignSampler campaigns;
  final FigureSampler figures;
  private final ObservationSampler observations;
  private final Refs free;

  private SampleData(RandomGenerator random) {
    this.draw = new Draw(random);
    this.ids = new IdentifierSampler(draw);
    this.dates = new DateSampler(draw);
    this.quantities = new QuantitySampler(draw);
    this.places = new PlaceSampler(draw);
    this.contacts = new ContactSampler(draw, places);
    this.texts = new TextSampler(draw);
    this.sources = new SourceSampler(draw, texts, contacts);
    this.organisations = new OrganisationSampler(draw, ids, dates, places, contacts, texts);
    this.events = new EventSampler(draw, places, quantities);
    this.projects = new ProjectSampler(draw, quantities);
    this.campaigns = new CampaignSampler(draw, dates, quantities, places);
    this.figures = new FigureSampler(draw, quantities, places);
    this.observations = new ObservationSampler(draw, quantities);
    this.free = new FreeRefs(draw, ids, sources);
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
   * @throws NullPointerException if the generator is null
   */
  public static SampleData using(RandomGenerator random) {
    return new SampleData(Objects.requireNonNull(random, "random"));
  }

  /**
   * Returns the types {@link #next(Class)} can make: every public value type and enum of core
   * (identifiers, {@link Actor}, shared values, records, the values of official statistics, {@link
   * Dataset}) and no others. Whole tables of statistics come from {@link #cube(CubeSpec)}.
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
   * @throws NullPointerException if the type is null
   * @throws IllegalArgumentException if the type is not supported
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
   * @throws NullPointerException if the type is null
   * @throws IllegalArgumentException if the type is not supported, or the count is negative
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
   * @throws NullPointerException if the type is null
   * @throws IllegalArgumentException if the type is not supported
   */
  public <T> Stream<T> stream(Class<T> type) {
    Function<SampleData, ?> generator = generatorFor(type);
    return Stream.generate(() -> type.cast(generator.apply(this)));
  }

  private static Function<SampleData, ?> generatorFor(Class<?> type) {
    Function<SampleData, ?> generator = GENERATORS.get(Objects.requireNonNull(type, "type"));
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
    return ids.organisationId();
  }

  /**
   * Makes a person identifier such as {@code person-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public PersonId personId() {
    return ids.personId();
  }

  /**
   * Makes an event identifier such as {@code event-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public EventId eventId() {
    return ids.eventId();
  }

  /**
   * Makes a project identifier such as {@code project-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public ProjectId projectId() {
    return ids.projectId();
  }

  /**
   * Makes a campaign identifier such as {@code campaign-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public CampaignId campaignId() {
    return ids.campaignId();
  }

  /**
   * Makes a pledge identifier such as {@code pledge-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public PledgeId pledgeId() {
    return ids.pledgeId();
  }

  /**
   * Makes a quota identifier such as {@code quota-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public QuotaId quotaId() {
    return ids.quotaId();
  }

  /**
   * Makes a statistic identifier such as {@code statistic-k3x9q2m1}.
   *
   * @return the identifier, not null
   */
  public StatisticId statisticId() {
    return ids.statisticId();
  }

  /**
   * Makes an actor: an organisation, a person or a state, each a third of the time.
   *
   * @return the actor, not null
   */
  public Actor actor() {
    return ids.actor();
  }

  //-----------------------------------------------------------------------
  /**
   * Makes a title in the language of one of the seed documents, usually with an English variant,
   * such as "Razem w bibliotece" / "Together in the library".
   *
   * @return the text, not null
   */
  public LocalizedText localizedText() {
    return texts.localizedText();
  }

  /**
   * Makes a country code, any of {@link CountryCode#all()} with equal chance.
   *
   * @return the country, not null
   */
  public CountryCode countryCode() {
    return places.countryCode();
  }

  /**
   * Makes a country group, any of {@link CountryGroup#known()} with equal chance.
   *
   * @return the group, not null
   */
  public CountryGroup countryGroup() {
    return places.countryGroup();
  }

  /**
   * Makes a partial date between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}: a day in 60% of
   * cases, a month in 25%, a year in 15%.
   *
   * @return the date, not null
   */
  public PartialDate partialDate() {
    return dates.partialDate();
  }

  /**
   * Makes a period: a few days, months or years at one precision, or open-ended in one case out
   * of ten; the end is never before the start.
   *
   * @return the period, not null
   */
  public DateRange dateRange() {
    return dates.dateRange();
  }

  /**
   * Makes a quantity of 1 to 5,000 with any qualifier, each a fifth of the time.
   *
   * @return the quantity, not null
   */
  public Quantity quantity() {
    return quantities.quantity();
  }

  /**
   * Makes a quantity of 1 to 5,000 with the given qualifier: "120", "about 3500", "at least 100",
   * "up to 20" or "30-40".
   *
   * @param qualifier the qualifier, not null
   * @return the quantity, not null
   * @throws NullPointerException if the qualifier is null
   */
  public Quantity quantity(Quantity.Qualifier qualifier) {
    return quantities.quantity(Objects.requireNonNull(qualifier, "qualifier"));
  }

  /**
   * Makes an amount of money, in euro more often than not, of 500 to 2,000,000 units.
   *
   * @return the amount, not null
   */
  public MonetaryAmount monetaryAmount() {
    return quantities.monetaryAmount();
  }

  /**
   * Makes coordinates near one of the sample towns, always within ±90 and ±180 degrees.
   *
   * @return the coordinates, not null
   */
  public Coordinates coordinates() {
    return places.coordinates();
  }

  /**
   * Makes a place: one of the sample towns, such as Hrubieszów or Măgurele, usually with its
   * region and coordinates.
   *
   * @return the place, not null
   */
  public Place place() {
    return places.place();
  }

  /**
   * Makes a contact point of any kind: an e-mail address, an E.164 telephone or fax number, a web
   * site or a social-media page.
   *
   * @return the contact point, not null
   */
  public ContactPoint contactPoint() {
    return contacts.contactPoint();
  }

  /**
   * Makes an external identifier: an IATI organisation identifier or a Wikidata item.
   *
   * @return the identifier, not null
   */
  public ExternalIdentifier externalIdentifier() {
    return ids.externalIdentifier();
  }

  /**
   * Makes a source: a press release, news item or report with its publisher, address and dates.
   * It was published and accessed no later than {@link #LATEST_SOURCE_DATE}.
   *
   * @return the source, not null
   */
  public Source source() {
    return sources.source();
  }

  /**
   * Makes a geography: the world, a country group, one to three countries, or a group with
   * countries besides its members.
   *
   * @return the geography, not null
   */
  public Geography geography() {
    return places.geography();
  }

  //-----------------------------------------------------------------------
  /**
   * Makes an organisation of any kind: an NGO, a city, a ministry, a body such as UNHCR, a
   * network, a public library, with contacts, identifiers and sources.
   *
   * @return the organisation, not null
   */
  public Organisation organisation() {
    return organisations.organisation(ids.organisationId(), free);
  }

  /**
   * Makes a person with a name from one of the seed languages, such as "Małgorzata Wróbel" or
   * "Ștefan Țurcanu", and sometimes an honorific and contact points.
   *
   * @return the person, not null
   */
  public Person person() {
    return organisations.person(ids.personId(), free);
  }

  /**
   * Makes a membership: a person's role in an organisation, an organisation's membership of a
   * network, or a state's membership of an intergovernmental body.
   *
   * @return the membership, not null
   */
  public Membership membership() {
    return organisations.membership(free);
  }

  /**
   * Makes a participation in an event, in any role.
   *
   * @return the participation, not null
   */
  public Participation participation() {
    return events.participation(free);
  }

  /**
   * Makes a session of an event.
   *
   * @return the session, not null
   */
  public Session session() {
    return events.session(free);
  }

  /**
   * Makes a position in a series of events, such as the first meeting of a community of practice.
   *
   * @return the series position, not null
   */
  public SeriesPosition seriesPosition() {
    return events.seriesPosition();
  }

  /**
   * Makes an event: a workshop, conference, meeting or launch in a sample town, with organisers,
   * participants, sessions and attendance.
   *
   * @return the event, not null
   */
  public Event event() {
    return events.event(ids.eventId(), free);
  }

  /**
   * Makes a funding: a funder, a programme such as the Asylum, Migration and Integration Fund, an
   * amount and a year, each present most of the time.
   *
   * @return the funding, not null
   */
  public Funding funding() {
    return projects.funding(free);
  }

  /**
   * Makes a project, such as "Razem w bibliotece", with its coordinator, partners, funding and
   * period or duration.
   *
   * @return the project, not null
   */
  public Project project() {
    return projects.project(ids.projectId(), free);
  }

  /**
   * Makes a campaign target: a metric, a value, usually a scope and a deadline.
   *
   * @return the target, not null
   */
  public Target target() {
    return campaigns.target();
  }

  /**
   * Makes a campaign, such as "Resettlement saves lives – 2020", with its launching organisations,
   * launch date, targets and period.
   *
   * @return the campaign, not null
   */
  public Campaign campaign() {
    return campaigns.campaign(ids.campaignId(), free);
  }

  /**
   * Makes a pledge of any kind and status, by an organisation, a person or a state.
   *
   * @return the pledge, not null
   */
  public Pledge pledge() {
    return campaigns.pledge(ids.pledgeId(), free);
  }

  /**
   * Makes an allocation of places by nationality or by country of first asylum.
   *
   * @return the allocation, not null
   */
  public Allocation allocation() {
    return figures.allocation();
  }

  /**
   * Makes a resettlement quota of a resettling state, with places, allocations and arrivals most
   * of the time.
   *
   * @return the quota, not null
   */
  public ResettlementQuota resettlementQuota() {
    return figures.resettlementQuota(ids.quotaId(), free);
  }

  /**
   * Makes one category of a statistic's breakdown, such as {@code female}, {@code 0-17} or a
   * country code.
   *
   * @return the breakdown, not null
   */
  public Breakdown breakdown() {
    return figures.breakdown();
  }

  /**
   * Makes a statistic: a metric, a figure of a plausible size for it, a period, a geography and
   * often a breakdown.
   *
   * @return the statistic, not null
   */
  public Statistic statistic() {
    return figures.statistic(ids.statisticId(), free);
  }

  /**
   * Makes a statistic of part of a population, as a document quotes it: "85 Syrian women
   * resettled in France in 2016, of which 60 from Lebanon". Its {@linkplain Statistic#key() key}
   * has one or two of citizenship, sex and age band; most of the time a breakdown divides it along
   * a dimension the key does not have. Half of them are rounded to the nearest 5, as Eurostat
   * rounds: the parts, each rounded, may add up to a little more than the rounded figure, as much
   * as {@code BREAKDOWN_WITHIN_TOTAL} of the validation module allows.
   *
   * @return the statistic, not null
   */
  public Statistic keyedStatistic() {
    return observations.keyedStatistic(ids.statisticId(), free);
  }

  //-----------------------------------------------------------------------
  /**
   * Makes a dimension of statistics: one of the {@linkplain Dimension#builtIn() built-in
   * dimensions} most of the time, else a publisher's own, such as {@code eurostat:unit}.
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return observations.dimension();
  }

  /**
   * Makes a category of a dimension drawn first: a sex, an age band, a country category, or, of a
   * publisher's own dimension, a publisher's code. Categories of built-in dimensions are always
   * ones the core knows.
   *
   * @return the category, not null
   */
  public Category category() {
    return observations.category();
  }

  /**
   * Makes an age band as publishers give them, such as {@code 0-4}, {@code 18-34}, {@code 65+} or
   * unknown.
   *
   * @return the age band, not null
   */
  public AgeBand ageBand() {
    return observations.ageBand();
  }

  /**
   * Makes a country category: a country people flee most often, any country, stateless or unknown.
   *
   * @return the country category, not null
   */
  public CountryCategory countryCategory() {
    return observations.countryCategory();
  }

  /**
   * Makes a publisher's code that the core keeps as written, such as UNHCR's {@code TIB} or
   * Eurostat's {@code EXT_EU27_2020}.
   *
   * @return the category code, not null
   */
  public CategoryCode categoryCode() {
    return observations.categoryCode();
  }

  /**
   * Makes a key of statistics of up to three dimensions, each with a category it knows, sometimes
   * the empty key of the whole population.
   *
   * @return the key, not null
   */
  public DimensionKey dimensionKey() {
    return observations.dimensionKey();
  }

  /**
   * Makes a publisher's rounding: to the nearest 5 most of the time, as Eurostat rounds, else to
   * 10 or 3.
   *
   * @return the rounding, not null
   */
  public Rounding rounding() {
    return observations.rounding();
  }

  /**
   * Makes one observation, a cell of a publisher's table: a count of people by a key of up to
   * three dimensions, for a year and a resettlement state, sometimes rounded, sometimes with a
   * status; a confidential or missing one has no value. For whole tables, see {@link
   * #cube(CubeSpec)}.
   *
   * @return the observation, not null
   */
  public Observation observation() {
    return observations.observation(free);
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
   * @throws NullPointerException if the spec is null
   */
  public Dataset dataset(DatasetSpec spec) {
    return new DatasetSampler(this, Objects.requireNonNull(spec, "spec")).build();
  }

  /**
   * Makes a cube of official statistics, as a publisher such as Eurostat or UNHCR publishes it:
   * one {@link Observation} per cell, total and margin, read one at a time.
   *
   * <pre>{@code
   * CubeSpec spec = CubeSpec.defaults().withDimension(Dimension.CITIZENSHIP, 200).withYears(15)
   *     .withGeographies(30).withRounding(Rounding.NEAREST_5);   // 1.4 million observations
   * long withheld = SampleData.withSeed(7).cube(spec).filter(Observation::withheld).count();
   * }</pre>
   *
   * <p>The observations of each reporting country and year (a slice) are consistent: every
   * total and margin is the sum of the true counts of its cells. With {@linkplain
   * CubeSpec#rounding() rounding}, every published figure is the true count rounded, so rounded
   * cells may add up to more than their rounded total, by up to the rounding's largest error for
   * each cell, as in Eurostat's tables; with {@linkplain CubeSpec#statuses() statuses}, some
   * observations are confidential or not available, without a value, and a total still counts
   * them. Every observation has a value exactly when it is neither, and the cube's observations
   * share one {@link Source}, their periods and their geographies.
   *
   * <p>The stream makes each observation when it is read and holds one slice's counts at a time,
   * never the cells of the whole cube, so it can be of any size. It takes one number from this
   * sample data when called, and each slice draws from its own generator seeded from that number:
   * the same seed and calls give the same cube however it is read and whatever is made meanwhile.
   * The stream is sequential and ordered: by country, then year, then key, a total before what it
   * sums.
   *
   * @param spec the shape of the cube, not null
   * @return the finite stream of {@link CubeSpec#size()} observations, not null
   * @throws NullPointerException if the spec is null
   */
  public Stream<Observation> cube(CubeSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return CubeSampler.cube(spec, draw.nextLong());
  }

  //-----------------------------------------------------------------------
  /**
   * Makes a dataset of the {@linkplain DatasetSpec#defaults() default size} that breaks one rule of
   * the validation module, in one value, and no other rule; the same as {@code
   * invalidDataset(rule, DatasetSpec.defaults())}, or, for a rule that only observations can break
   * ({@link BrokenRule#VALUE_MATCHES_STATUS}, {@link BrokenRule#CELLS_WITHIN_TOTAL}), {@code
   * invalidDataset(rule, DatasetSpec.defaults().withCube(CubeSpec.defaults()))}.
   *
   * @param rule the rule to break, not null
   * @return the dataset, the rule and the path of the offending value, not null
   * @throws NullPointerException if the rule is null
   */
  public InvalidSample<Dataset> invalidDataset(BrokenRule rule) {
    Objects.requireNonNull(rule, "rule");
    return invalidDataset(rule, InvalidSampler.defaultSpec(rule));
  }

  /**
   * Makes a dataset that breaks one rule of the validation module, in one value, and no other
   * rule: the dataset {@link #dataset(DatasetSpec)} makes, with one of the values the rule applies
   * to, chosen at random, changed as the {@linkplain BrokenRule rule's comment} says.
   *
   * <p>If that dataset has no value the rule applies to (a spec with one pledge, which states no
   * quantity, has nothing to break {@link BrokenRule#FULFILLED_WITHIN_PLEDGED} in), the next
   * dataset made for the spec is used, and so on. A dataset of the default size always has
   * something to break, and, with a cube of the {@linkplain CubeSpec#defaults() default shape},
   * so do the rules on observations.
   *
   * @param rule the rule to break, not null
   * @param spec how many records of each kind, not null
   * @return the dataset, the rule and the path of the offending value, not null
   * @throws NullPointerException if the rule or the spec is null
   * @throws IllegalArgumentException if the spec asks for no record of the kinds the rule applies
   *     to, such as no pledges for {@link BrokenRule#FULFILLED_WITHIN_PLEDGED} or no cube for
   *     {@link BrokenRule#CELLS_WITHIN_TOTAL}; the message names the kinds needed
   */
  public InvalidSample<Dataset> invalidDataset(BrokenRule rule, DatasetSpec spec) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(spec, "spec");
    return InvalidSampler.dataset(this, rule, spec);
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
   * @throws NullPointerException if the type or the rule is null
   * @throws IllegalArgumentException if the rule cannot be broken in a value of the type, such as
   *     {@link BrokenRule#UNIQUE_ID} in a record on its own
   */
  public <T> InvalidSample<T> invalid(Class<T> type, BrokenRule rule) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
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
   * BrokenRule#REFERENCE_RESOLVES}, {@link BrokenRule#UNIQUE_ID}, {@link
   * BrokenRule#PLEDGE_WITHIN_CAMPAIGN_PERIOD} and {@link BrokenRule#CELLS_WITHIN_TOTAL} compare
   * records or observations and need a dataset. An {@link Observation} on its own can break the
   * rules of its own values, such as {@link BrokenRule#VALUE_MATCHES_STATUS}; the rules on its
   * sources need a dataset, which checks each source of its observations once.
   *
   * <pre>{@code
   * SampleData.breakableRules(Pledge.class)   // NOT_BLANK_TEXT, WELL_FORMED_ID, WEB_ADDRESS,
   *                                           // PLAUSIBLE_DATE, NOT_IN_FUTURE, FULFILLED_WITHIN_PLEDGED,
   *                                           // PLEDGE_STATUS_MATCHES_FULFILMENT
   * }</pre>
   *
   * @param type the type, not null
   * @return the unmodifiable set of rules, empty for a type that is no record, not null
   * @throws NullPointerException if the type is null
   */
  public static Set<BrokenRule> breakableRules(Class<?> type) {
    return RuleBreakers.breakable(Objects.requireNonNull(type, "type"));
  }

  //-----------------------------------------------------------------------
  // For RuleBreakers, which breaks values as these make them.

  /** A number in E.164 form of a sample country, as {@link #contactPoint()} makes them. */
  String phoneNumber(Country country) {
    return contacts.phoneNumber(country);
  }

  /** A campaign target whose deadline, if any, falls in a year after the launch date's. */
  Target target(PartialDate launch) {
    return campaigns.target(launch);
  }

  //-----------------------------------------------------------------------
  /** Finds the algorithm once, on first use, so that {@link #using} works without it. */
  static final class Algorithm {
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
    generators.put(Dimension.class, SampleData::dimension);
    generators.put(Category.class, SampleData::category);
    generators.put(AgeBand.class, SampleData::ageBand);
    generators.put(CountryCategory.class, SampleData::countryCategory);
    generators.put(CategoryCode.class, SampleData::categoryCode);
    generators.put(DimensionKey.class, SampleData::dimensionKey);
    generators.put(Rounding.class, SampleData::rounding);
    generators.put(Observation.class, SampleData::observation);
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
    enumeration(generators, Sex.values());
    enumeration(generators, ObservationStatus.values());
    return Collections.unmodifiableMap(generators);
  }

  private static <E extends Enum<E>> void enumeration(Map<Class<?>, Function<SampleData, ?>> generators, E[] constants) {
    generators.put(constants[0].getDeclaringClass(), data -> data.draw.pick(constants));
  }
}
