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
    // Beyond ASCII, any character but controls, format characters (such as direction controls and
    // zero-width spaces) and separators: RFC 6531 allows UTF-8, not what cannot be seen or read.
    String atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-[\\u0080-\\uFFFF&&[^\\p{Cc}\\p{Cf}\\p{Z}]]]+";
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
  // Characters. Every check runs on every text of a dataset, so each is one pass over the
  // characters with a comparison or two for each, and no regular expression.

  /**
   * Checks whether a text is blank: empty, or only invisible characters. A character is invisible
   * when its Unicode general category is a separator (Zs, Zl, Zp: spaces of every width, the
   * no-break spaces of web pages, U+3000), a control (Cc), a format character (Cf: the zero-width
   * space U+200B and joiners, the soft hyphen, direction controls, the byte order mark, tags), a
   * non-spacing or enclosing mark (Mn, Me: combining accents with nothing to sit on, variation
   * selectors), or one of the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, letters by category
   * that Unicode lists as default-ignorable.
   */
  static boolean isBlank(String text) {
    for (int i = 0, length = text.length(); i < length; ) {
      int codePoint = text.codePointAt(i);
      if (!isInvisible(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static boolean isInvisible(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return true;
      default:
        return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }
  }

  /**
   * Checks whether a text holds a control character, U+0000 to U+001F or U+007F to U+009F;
   * running text (descriptions, summaries, notes) may hold tabs (U+0009) and line feeds (U+000A).
   */
  static boolean hasControlCharacter(String text, boolean runningText) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c < ' ' ? !(runningText && (c == '\t' || c == '\n')) : c >= '\u007F' && c <= '\u009F') {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks whether a text holds an explicit directional formatting character (Unicode Standard
   * Annex #9): an embedding, override or isolate or its end, U+202A to U+202E and U+2066 to U+2069.
   * Running text may embed and isolate, as text that mixes Arabic or Hebrew with Latin does: in it
   * only the overrides count, U+202D and U+202E, which show characters in an order other than
   * their own. The marks U+200E, U+200F and U+061C are allowed in every text.
   */
  static boolean hasDirectionalFormatting(String text, boolean runningText) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (runningText
          ? c == '\u202D' || c == '\u202E'
          : (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks whether a code (an address or an identifier of another register) holds what no code
   * may: a control character, or any of Unicode's direction controls (Bidi_Control: the marks
   * U+061C, U+200E and U+200F as well as the embeddings, overrides and isolates). RFC 3987 forbids
   * them in internationalised addresses for the same reason: they make one address look like
   * another.
   */
  static boolean hasControlOrDirectionControl(String code) {
    for (int i = 0, length = code.length(); i < length; i++) {
      char c = code.charAt(i);
      if (Character.isISOControl(c) || c == '\u061C' || c == '\u200E' || c == '\u200F'
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return true;
      }
    }
    return false;
  }

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
    if (hasControlOrDirectionControl(uri.toString())) {
      return false;
    }
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
