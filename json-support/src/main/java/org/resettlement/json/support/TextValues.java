package org.resettlement.json.support;

import java.util.List;
import java.util.function.Function;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CampaignId;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dimension;
import org.resettlement.core.EventId;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.PersonId;
import org.resettlement.core.PledgeId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.QuotaId;
import org.resettlement.core.RecordId;
import org.resettlement.core.StatisticId;

/**
 * The core values written as their text: identifiers, country codes, country groups, partial
 * dates, dimensions and categories. They are written with their {@code toString()}, which their
 * factories read back.
 */
public final class TextValues {
  private static final String IDENTIFIER = "an identifier (a text without spaces)";

  private static final List<TextValue<?>> ALL = List.of(
      new TextValue<>(OrganisationId.class, OrganisationId::of, IDENTIFIER),
      new TextValue<>(PersonId.class, PersonId::of, IDENTIFIER),
      new TextValue<>(EventId.class, EventId::of, IDENTIFIER),
      new TextValue<>(ProjectId.class, ProjectId::of, IDENTIFIER),
      new TextValue<>(CampaignId.class, CampaignId::of, IDENTIFIER),
      new TextValue<>(PledgeId.class, PledgeId::of, IDENTIFIER),
      new TextValue<>(QuotaId.class, QuotaId::of, IDENTIFIER),
      new TextValue<>(StatisticId.class, StatisticId::of, IDENTIFIER),
      new TextValue<>(CountryCode.class, CountryCode::of, "an ISO 3166-1 alpha-2 country code such as PL"),
      new TextValue<>(CountryGroup.class, CountryGroup::of, "a country group code such as EU"),
      new TextValue<>(PartialDate.class, PartialDate::parse, "a date such as 2012, 2023-06 or 2023-06-29"),
      new TextValue<>(Dimension.class, Dimension::of, StatisticsForms.EXPECTED_DIMENSION),
      // A category on its own has no dimension to type it for: it is read as the publisher's code.
      // Where a dimension comes with it (a key, a breakdown), it is typed for that dimension.
      new TextValue<>(Category.class, CategoryCode::of, StatisticsForms.EXPECTED_CATEGORY),
      new TextValue<>(CategoryCode.class, CategoryCode::of, "a publisher's category code such as Y_LT18"),
      new TextValue<>(AgeBand.class, AgeBand::parse, "an age band such as 0-17, 18-34, 65+ or unknown"),
      new TextValue<>(CountryCategory.class, CountryCategory::parse,
          "a country category: an ISO 3166-1 alpha-2 code such as SY, stateless or unknown"));

  private TextValues() {}

  /**
   * Returns every type read from its text, with its factory.
   *
   * @return the unmodifiable list, not null
   */
  public static List<TextValue<?>> all() {
    return ALL;
  }

  /**
   * Checks whether values of a class are written as their text.
   *
   * @param type  the class, not null
   * @return true for identifiers, country codes, country groups, partial dates, dimensions and
   *     categories
   */
  public static boolean isWrittenAsText(Class<?> type) {
    return RecordId.class.isAssignableFrom(type)
        || type == CountryCode.class
        || type == CountryGroup.class
        || type == PartialDate.class
        || type == Dimension.class
        || Category.class.isAssignableFrom(type);
  }

  //-----------------------------------------------------------------------
  /**
   * A type read from its text.
   *
   * @param <T>  the type
   */
  public static final class TextValue<T> {
    private final Class<T> type;
    private final Function<String, T> factory;
    private final String expected;

    private TextValue(Class<T> type, Function<String, T> factory, String expected) {
      this.type = type;
      this.factory = factory;
      this.expected = expected;
    }

    /**
     * Returns the type.
     *
     * @return the class, not null
     */
    public Class<T> type() {
      return type;
    }

    /**
     * Says what the text looks like, for a value of another JSON type.
     *
     * @return the description, such as {@code "a country group code such as EU"}, not null
     */
    public String expected() {
      return expected;
    }

    /**
     * Reads a value from its text.
     *
     * @param text  the string the document holds, not null
     * @return the value, not null
     * @throws WireProblem if the core refuses the text
     */
    public T parse(String text) {
      try {
        return factory.apply(text);
      } catch (InvalidValueException e) {
        throw new WireProblem(Wording.invalidText(text, expected, e));
      }
    }
  }
}
