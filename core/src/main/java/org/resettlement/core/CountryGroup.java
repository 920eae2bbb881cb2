package org.resettlement.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A named group of countries whose membership may change over time, such as the European Union.
 *
 * <p>"The EU offers 5,500 places" means something different in 2012 (27 member states) than in
 * 2015 (28) or 2021 (27 again, without the United Kingdom). A dated group answers which countries
 * it had on a given day; a fixed group, such as Eurostat's aggregate {@code EU27_2020}, always has
 * the same members, whatever the date.
 *
 * <table>
 *   <caption>Known groups</caption>
 *   <tr><th>code</th><th>members</th></tr>
 *   <tr><td>{@code EU}</td><td>the European Union as it was on the day asked (the European
 *       Communities before 1 November 1993): 6 from 1958, 9 from 1973, 10 from 1981, 12 from
 *       1986, 15 from 1995, 25 from May 2004, 27 from 2007, 28 from 1 July 2013 to 31 January
 *       2020, 27 since 1 February 2020</td></tr>
 *   <tr><td>{@code EU27_2020}</td><td>fixed: the 27 member states since 1 February 2020</td></tr>
 *   <tr><td>{@code EU28}</td><td>fixed: the 28 member states of 2013-2020</td></tr>
 *   <tr><td>{@code EU27_2007}</td><td>fixed: the 27 member states of 2007-2013</td></tr>
 * </table>
 *
 * <p>{@code toString()} returns the code, which {@link #of(String)} reads back.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class CountryGroup {

  private static final LocalDate ALWAYS = LocalDate.MIN;

  // Accession dates of the European Communities and the European Union.
  private static final String[][] EU_ACCESSIONS = {
    {"1958-01-01", "BE DE FR IT LU NL"},
    {"1973-01-01", "DK IE GB"},
    {"1981-01-01", "GR"},
    {"1986-01-01", "ES PT"},
    {"1995-01-01", "AT FI SE"},
    {"2004-05-01", "CY CZ EE HU LV LT MT PL SK SI"},
    {"2007-01-01", "BG RO"},
    {"2013-07-01", "HR"},
  };
  private static final CountryCode UNITED_KINGDOM = CountryCode.of("GB");
  private static final LocalDate UNITED_KINGDOM_LAST_DAY = LocalDate.of(2020, 1, 31);

  /** The European Union, with its membership on any given day. Code {@code EU}. */
  public static final CountryGroup EUROPEAN_UNION;

  /** Eurostat's fixed aggregate of the 27 member states since 1 February 2020. */
  public static final CountryGroup EU27_2020;

  /** Eurostat's fixed aggregate of the 28 member states of 1 July 2013 to 31 January 2020. */
  public static final CountryGroup EU28;

  /** Eurostat's fixed aggregate of the 27 member states of 1 January 2007 to 30 June 2013. */
  public static final CountryGroup EU27_2007;

  private static final Map<String, CountryGroup> KNOWN;

  static {
    List<Membership> eu = new ArrayList<>();
    for (String[] accession : EU_ACCESSIONS) {
      LocalDate joined = LocalDate.parse(accession[0]);
      for (String code : accession[1].split(" ")) {
        CountryCode country = CountryCode.of(code);
        LocalDate lastDay = country.equals(UNITED_KINGDOM) ? UNITED_KINGDOM_LAST_DAY : LocalDate.MAX;
        eu.add(new Membership(country, joined, lastDay));
      }
    }
    EUROPEAN_UNION = new CountryGroup("EU", "European Union", true, eu);
    EU27_2020 = fixed("EU27_2020", "European Union (27 countries, from 2020)", LocalDate.of(2020, 2, 1));
    EU28 = fixed("EU28", "European Union (28 countries, 2013-2020)", LocalDate.of(2013, 7, 1));
    EU27_2007 = fixed("EU27_2007", "European Union (27 countries, 2007-2013)", LocalDate.of(2007, 1, 1));
    Map<String, CountryGroup> known = new LinkedHashMap<>();
    for (CountryGroup group : List.of(EUROPEAN_UNION, EU27_2020, EU28, EU27_2007)) {
      known.put(group.code, group);
    }
    KNOWN = Collections.unmodifiableMap(known);
  }

  private final String code;
  private final String name;
  private final boolean dated;
  private final List<Membership> memberships;

  private CountryGroup(String code, String name, boolean dated, List<Membership> memberships) {
    this.code = code;
    this.name = name;
    this.dated = dated;
    this.memberships = List.copyOf(memberships);
  }

  private static CountryGroup fixed(String code, String name, LocalDate asOf) {
    List<Membership> members = new ArrayList<>();
    for (CountryCode country : EUROPEAN_UNION.membersOn(asOf)) {
      members.add(new Membership(country, ALWAYS, LocalDate.MAX));
    }
    return new CountryGroup(code, name, false, members);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a known group from its code.
   *
   * @param code the code, such as {@code "EU"} or {@code "EU27_2020"}
   * @return the group, not null
   * @throws InvalidValueException if the code is null or not a known group
   */
  public static CountryGroup of(String code) {
    Invariants.notNull(CountryGroup.class, "code", code);
    CountryGroup group = KNOWN.get(code);
    if (group == null) {
      throw new InvalidValueException(
          CountryGroup.class,
          "code",
          Wording.quoted(code) + " is not a known country group; known: " + KNOWN.keySet());
    }
    return group;
  }

  /**
   * Returns every known group, in the order of the table above.
   *
   * @return the unmodifiable list of groups, not null
   */
  public static List<CountryGroup> known() {
    return List.copyOf(KNOWN.values());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the group's code, as Eurostat writes it where Eurostat has one.
   *
   * @return the code, such as {@code "EU"}, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the group's name in English.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Checks whether the membership depends on the date, as it does for {@code EU}.
   *
   * @return true for a dated group, false for a fixed one
   */
  public boolean dated() {
    return dated;
  }

  /**
   * Returns the countries that were members on a given day.
   *
   * @param date the day, not null
   * @return the members in alphabetical order of code, possibly empty, not null
   * @throws NullPointerException if the date is null
   */
  public NavigableSet<CountryCode> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    NavigableSet<CountryCode> members = new TreeSet<>();
    for (Membership membership : memberships) {
      if (membership.covers(date)) {
        members.add(membership.country);
      }
    }
    return Collections.unmodifiableNavigableSet(members);
  }

  /**
   * Checks whether a country was a member on a given day.
   *
   * @param country the country, not null
   * @param date the day, not null
   * @return true if the country belonged to the group on that day
   * @throws NullPointerException if the country or the date is null
   */
  public boolean contains(CountryCode country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    return membersOn(date).contains(country);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this is the same group as another object. Groups are equal by code.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is a group with the same code
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof CountryGroup && code.equals(((CountryGroup) other).code));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, which {@link #of(String)} reads back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }

  /** One country's membership, from the day it joined to its last day as a member. */
  private static final class Membership {
    final CountryCode country;
    final LocalDate joined;
    final LocalDate lastDay;

    Membership(CountryCode country, LocalDate joined, LocalDate lastDay) {
      this.country = country;
      this.joined = joined;
      this.lastDay = lastDay;
    }

    boolean covers(LocalDate date) {
      return !date.isBefore(joined) && !date.isAfter(lastDay);
    }
  }
}
