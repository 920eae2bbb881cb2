package org.resettlement.statistics.io;

import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Geography;
import org.resettlement.core.InvalidValueException;

/** Eurostat's {@code geo}: one country, with {@code EL} and {@code UK}, or one group such as {@code EU27_2020}. */
final class EurostatGeo {
  private EurostatGeo() {}

  /** Reads a geo code, or returns null if it is neither a country nor a known group. */
  static Geography read(String code) {
    try {
      return code.length() == 2
          ? Geography.of(CountryCode.fromEurostat(code))
          : Geography.of(CountryGroup.of(code));
    } catch (InvalidValueException unknown) {
      return null;
    }
  }

  /** The codes of the known groups, for a reason that names them. */
  static String groupCodes() {
    StringBuilder codes = new StringBuilder();
    for (CountryGroup group : CountryGroup.known()) {
      codes.append(codes.length() == 0 ? "" : ", ").append(group.code());
    }
    return codes.toString();
  }

  /** Writes a geography as a geo code, or returns null if it is not one country or one group. */
  static String write(Geography geography) {
    if (geography.group().isPresent() && geography.countries().isEmpty()) {
      return geography.group().get().code();
    }
    if (geography.group().isEmpty() && geography.countries().size() == 1) {
      return geography.countries().iterator().next().toEurostat();
    }
    return null;
  }
}
