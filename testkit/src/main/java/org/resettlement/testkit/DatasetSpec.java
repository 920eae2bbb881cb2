package org.resettlement.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

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
 * least one organisation. {@link #defaults()} gives a small dataset of every kind of record.
 *
 * <p>A dataset holds observations, the cells of publishers' tables, when its spec has {@linkplain
 * #withCube(CubeSpec) cubes}: each cube's observations, as {@link SampleData#cube(CubeSpec)} makes
 * them, after the records. The default and empty specs have none.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class DatasetSpec {

  private static final DatasetSpec EMPTY = new DatasetSpec(new int[9], List.of());
  private static final DatasetSpec DEFAULTS =
      new DatasetSpec(new int[] {20, 30, 40, 10, 5, 3, 50, 10, 10}, List.of());

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
  private final List<CubeSpec> cubes;

  private DatasetSpec(int[] counts, List<CubeSpec> cubes) {
    this.counts = counts;
    this.cubes = cubes;
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

  /**
   * Returns the cubes whose observations the dataset holds, in the order they are added.
   *
   * @return the unmodifiable list of cubes, possibly empty, not null
   */
  public List<CubeSpec> cubes() {
    return cubes;
  }

  /**
   * Returns how many observations the dataset holds: those of its cubes.
   *
   * @return the count, not negative
   */
  public long observations() {
    long total = 0;
    for (CubeSpec cube : cubes) {
      total += cube.size();
    }
    return total;
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
    return new DatasetSpec(changed, cubes);
  }

  /**
   * Returns a copy that also holds the observations of a cube, after those of the cubes it has.
   *
   * <pre>{@code
   * DatasetSpec spec = DatasetSpec.defaults().withCube(CubeSpec.defaults().withRounding(Rounding.NEAREST_5));
   * }</pre>
   *
   * @param cube the cube, not null
   * @return the changed spec, not null
   * @throws NullPointerException if the cube is null
   */
  public DatasetSpec withCube(CubeSpec cube) {
    Objects.requireNonNull(cube, "cube");
    List<CubeSpec> changed = new ArrayList<>(cubes);
    changed.add(cube);
    return new DatasetSpec(counts, Collections.unmodifiableList(changed));
  }

  /**
   * Returns a copy without observations.
   *
   * @return the changed spec, not null
   */
  public DatasetSpec withoutCubes() {
    return new DatasetSpec(counts, List.of());
  }

  /** The number of records of all kinds together, observations not counted. */
  long total() {
    long total = 0;
    for (int count : counts) {
      total += count;
    }
    return total;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether another object is a spec with the same counts and cubes.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an equal spec
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof DatasetSpec
            && Arrays.equals(counts, ((DatasetSpec) other).counts)
            && cubes.equals(((DatasetSpec) other).cubes));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(counts) + cubes.hashCode();
  }

  /**
   * Returns the counts by kind, such as {@code DatasetSpec[organisations=20, people=30, ...]}, and
   * the cubes, if any.
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DatasetSpec[");
    for (int kind = 0; kind < counts.length; kind++) {
      text.append(kind == 0 ? "" : ", ").append(NAMES[kind]).append('=').append(counts[kind]);
    }
    for (CubeSpec cube : cubes) {
      text.append(", ").append(cube);
    }
    return text.append(']').toString();
  }
}
