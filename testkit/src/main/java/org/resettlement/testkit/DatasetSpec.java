package org.resettlement.testkit;

import java.util.Arrays;

/**
 * How many records of each kind a sample {@link org.resettlement.core.Dataset} holds.
 *
 * <pre>{@code
 * DatasetSpec spec = DatasetSpec.defaults().withPledges(10_000).withCampaigns(20);
 * Dataset dataset = SampleData.withSeed(42).dataset(spec);
 * }</pre>
 *
 * <p>Records refer only to records of the same dataset; where a reference has nothing to point
 * at (pledges without campaigns, events without projects), it is left out, and memberships need at
 * least one organisation. {@link #defaults()} gives a small dataset of every kind.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class DatasetSpec {

  private static final DatasetSpec EMPTY = new DatasetSpec(new int[9]);
  private static final DatasetSpec DEFAULTS =
      new DatasetSpec(new int[] {20, 30, 40, 10, 5, 3, 50, 10, 10});

  private static final String[] NAMES = {
    "organisations", "people", "memberships", "events", "projects", "campaigns", "pledges",
    "quotas", "statistics"
  };
  private static final int ORGANISATIONS = 0;
  private static final int PEOPLE = 1;
  private static final int MEMBERSHIPS = 2;
  private static final int EVENTS = 3;
  private static final int PROJECTS = 4;
  private static final int CAMPAIGNS = 5;
  private static final int PLEDGES = 6;
  private static final int QUOTAS = 7;
  private static final int STATISTICS = 8;

  private final int[] counts;

  private DatasetSpec(int[] counts) {
    this.counts = counts;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a spec with no records of any kind, to add the kinds a test needs to.
   *
   * @return the empty spec, not null
   */
  public static DatasetSpec empty() {
    return EMPTY;
  }

  /**
   * Returns a small spec with records of every kind: 20 organisations, 30 people, 40
   * memberships, 10 events, 5 projects, 3 campaigns, 50 pledges, 10 quotas and 10 statistics.
   *
   * @return the default spec, not null
   */
  public static DatasetSpec defaults() {
    return DEFAULTS;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns how many organisations the dataset holds.
   *
   * @return the count, not negative
   */
  public int organisations() {
    return counts[ORGANISATIONS];
  }

  /**
   * Returns how many people the dataset holds.
   *
   * @return the count, not negative
   */
  public int people() {
    return counts[PEOPLE];
  }

  /**
   * Returns how many memberships the dataset holds, if it has an organisation.
   *
   * @return the count, not negative
   */
  public int memberships() {
    return counts[MEMBERSHIPS];
  }

  /**
   * Returns how many events the dataset holds.
   *
   * @return the count, not negative
   */
  public int events() {
    return counts[EVENTS];
  }

  /**
   * Returns how many projects the dataset holds.
   *
   * @return the count, not negative
   */
  public int projects() {
    return counts[PROJECTS];
  }

  /**
   * Returns how many campaigns the dataset holds.
   *
   * @return the count, not negative
   */
  public int campaigns() {
    return counts[CAMPAIGNS];
  }

  /**
   * Returns how many pledges the dataset holds.
   *
   * @return the count, not negative
   */
  public int pledges() {
    return counts[PLEDGES];
  }

  /**
   * Returns how many resettlement quotas the dataset holds.
   *
   * @return the count, not negative
   */
  public int quotas() {
    return counts[QUOTAS];
  }

  /**
   * Returns how many statistics the dataset holds.
   *
   * @return the count, not negative
   */
  public int statistics() {
    return counts[STATISTICS];
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy with another number of organisations.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withOrganisations(int count) {
    return with(ORGANISATIONS, count);
  }

  /**
   * Returns a copy with another number of people.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withPeople(int count) {
    return with(PEOPLE, count);
  }

  /**
   * Returns a copy with another number of memberships.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withMemberships(int count) {
    return with(MEMBERSHIPS, count);
  }

  /**
   * Returns a copy with another number of events.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withEvents(int count) {
    return with(EVENTS, count);
  }

  /**
   * Returns a copy with another number of projects.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withProjects(int count) {
    return with(PROJECTS, count);
  }

  /**
   * Returns a copy with another number of campaigns.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withCampaigns(int count) {
    return with(CAMPAIGNS, count);
  }

  /**
   * Returns a copy with another number of pledges.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withPledges(int count) {
    return with(PLEDGES, count);
  }

  /**
   * Returns a copy with another number of resettlement quotas.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withQuotas(int count) {
    return with(QUOTAS, count);
  }

  /**
   * Returns a copy with another number of statistics.
   *
   * @param count the number, not negative
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public DatasetSpec withStatistics(int count) {
    return with(STATISTICS, count);
  }

  private DatasetSpec with(int kind, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(NAMES[kind] + " must not be negative, was " + count);
    }
    int[] changed = counts.clone();
    changed[kind] = count;
    return new DatasetSpec(changed);
  }

  /** The number of records of all kinds together. */
  long total() {
    long total = 0;
    for (int count : counts) {
      total += count;
    }
    return total;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether another object is a spec with the same counts.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an equal spec
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof DatasetSpec && Arrays.equals(counts, ((DatasetSpec) other).counts));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * Returns the counts by kind, such as {@code DatasetSpec[organisations=20, people=30, ...]}.
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DatasetSpec[");
    for (int kind = 0; kind < counts.length; kind++) {
      text.append(kind == 0 ? "" : ", ").append(NAMES[kind]).append('=').append(counts[kind]);
    }
    return text.append(']').toString();
  }
}
