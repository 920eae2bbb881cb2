package org.resettlement.statistics.io;

import java.util.StringJoiner;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Geography;
import org.resettlement.core.InvalidValueException;

/**
 * The text of a geography in the tidy layout: {@code world}, a group's code ({@code EU27_2020}), a
 * country's alpha-2 code ({@code FR}), or several of these joined with {@code +} ({@code EU+NO},
 * {@code US+CA+AU}); read back as it was written.
 */
final class GeographyText {
  static final String WORLD = "world";

  private GeographyText() {}

  static String write(Geography geography) {
    if (geography.worldwide()) {
      return WORLD;
    }
    StringJoiner text = new StringJoiner("+");
    geography.group().ifPresent(group -> text.add(group.code()));
    geography.countries().forEach(country -> text.add(country.alpha2()));
    return text.toString();
  }

  /** Reads a geography, or returns null if the text is not one. */
  static Geography read(String text) {
    if (text.equals(WORLD)) {
      return Geography.world();
    }
    Geography.Builder geography = Geography.builder();
    boolean first = true;
    try {
      for (String part : text.split("\\+", -1)) {
        // A group comes first; EU is a group although it has two letters.
        if (first && (part.length() != 2 || part.equals(CountryGroup.EUROPEAN_UNION.code()))) {
          geography.group(CountryGroup.of(part));
        } else {
          geography.addCountry(CountryCode.of(part));
        }
        first = false;
      }
      return geography.build();
    } catch (InvalidValueException notAGeography) {
      return null;
    }
  }
}
