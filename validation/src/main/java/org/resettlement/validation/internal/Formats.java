package org.resettlement.validation.internal;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text forms the structural rules accept, in one place. {@code docs/validation.md} documents
 * each; change both together.
 */
final class Formats {
  private Formats() {}

  /** Record identifiers: 1 to 64 of {@code A-Z a-z 0-9 . _ : -}. */
  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** The longest acronym, in code points. */
  static final int ACRONYM_MAX_LENGTH = 20;

  /**
   * Acronyms: starting with a letter or digit; letters, digits and {@code & ' + - . /}, in groups
   * separated by single spaces.
   */
  private static final Pattern ACRONYM =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'+./-]*(?: [\\p{L}\\p{N}&'+./-]+)*");

  private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

  /**
   * E-mail addresses: a dot-atom local part (RFC 5322, with UTF-8 letters as RFC 6531 allows), an
   * {@code @}, and a domain of at least two labels of letters, digits and inner hyphens whose last
   * label starts with a letter. No quoted local parts, comments or IP-address literals.
   */
  private static final Pattern EMAIL;

  static {
    String atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+";
    String label = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    String topLabel = "\\p{L}(?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])";
    EMAIL = Pattern.compile(atom + "(?:\\." + atom + ")*@(?:" + label + "\\.)+" + topLabel);
  }

  private static final int EMAIL_LOCAL_MAX_LENGTH = 64;
  private static final int EMAIL_MAX_LENGTH = 254;

  /** Telephone numbers: {@code +}, a non-zero digit, digits, and single spaces between groups. */
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]*(?: [0-9]+)*");

  static final int PHONE_MIN_DIGITS = 7;
  static final int PHONE_MAX_DIGITS = 15;

  /**
   * IATI organisation identifiers: a two-letter country or {@code XI}/{@code XM} code, a hyphen,
   * the registration agency in capitals and digits, a hyphen, and the identifier within that
   * register in letters, digits, {@code .}, {@code _} and {@code -}, such as {@code XM-DAC-41121}.
   */
  private static final Pattern IATI_ORGANISATION_ID =
      Pattern.compile("[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9._-]+");

  /** Wikidata items: {@code Q} and a number without leading zeros, such as {@code Q126399}. */
  private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q[1-9][0-9]*");

  //-----------------------------------------------------------------------
  static boolean isRecordId(String value) {
    return RECORD_ID.matcher(value).matches();
  }

  static boolean isAcronym(String value) {
    return value.codePointCount(0, value.length()) <= ACRONYM_MAX_LENGTH
        && ACRONYM.matcher(value).matches()
        && HAS_LETTER.matcher(value).matches();
  }

  static boolean isEmailAddress(String value) {
    int at = value.lastIndexOf('@');
    return at > 0
        && at <= EMAIL_LOCAL_MAX_LENGTH
        && value.length() <= EMAIL_MAX_LENGTH
        && EMAIL.matcher(value).matches();
  }

  static boolean isPhoneNumber(String value) {
    if (!PHONE.matcher(value).matches()) {
      return false;
    }
    long digits = value.chars().filter(c -> c >= '0' && c <= '9').count();
    return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
  }

  /**
   * Checks for an absolute {@code http} or {@code https} URL with a host name or address.
   * Internationalised host names, such as {@code https://związek.pl}, are accepted when they
   * convert to ASCII under IDNA 2003 with the STD3 rules.
   */
  static boolean isWebAddress(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return false;
    }
    return isWebAddress(uri);
  }

  static boolean isWebAddress(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.isOpaque()) {
      return false;
    }
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
      return false;
    }
    if (uri.getHost() != null) {
      return !uri.getHost().isEmpty();
    }
    // java.net.URI leaves the host empty when it has non-ASCII letters: try the ASCII form.
    String authority = uri.getRawAuthority();
    if (authority == null) {
      return false;
    }
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.lastIndexOf(':');
    if (port >= 0) {
      host = host.substring(0, port);
    }
    try {
      String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
      return !ascii.isEmpty() && new URI(lowerScheme, ascii, "/", null).getHost() != null;
    } catch (IllegalArgumentException | URISyntaxException e) {
      return false;
    }
  }

  static boolean isIatiOrganisationId(String value) {
    return IATI_ORGANISATION_ID.matcher(value).matches();
  }

  static boolean isWikidataItem(String value) {
    return WIKIDATA_ITEM.matcher(value).matches();
  }
}
