package org.resettlement.openstandards;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place in a JSON document, from its root: written as a path such as {@code
 * organizations[2].founding_date}, and as a JSON Pointer such as {@code
 * /organizations/2/founding_date}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonPath {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String property;
  private final int index;

  private JsonPath(JsonPath parent, String property, int index) {
    this.parent = parent;
    this.property = property;
    this.index = index;
  }

  JsonPath property(String name) {
    return new JsonPath(this, Objects.requireNonNull(name, "name"), -1);
  }

  JsonPath index(int position) {
    return new JsonPath(this, null, position);
  }

  /** The path, such as {@code organizations[2].other_names[0]["@type"]}; empty for the root. */
  String path() {
    if (parent == null) {
      return "";
    }
    StringBuilder path = new StringBuilder(parent.path());
    if (property == null) {
      path.append('[').append(index).append(']');
    } else if (WORD.matcher(property).matches()) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(property);
    } else {
      path.append("[\"").append(escaped(property)).append("\"]");
    }
    return path.toString();
  }

  /** The JSON Pointer (RFC 6901), such as {@code /organizations/2/name}; empty for the root. */
  String pointer() {
    if (parent == null) {
      return "";
    }
    String step = property == null ? Integer.toString(index) : property.replace("~", "~0").replace("/", "~1");
    return parent.pointer() + "/" + step;
  }

  /** A property name or a value for a message: quotes escaped, control characters as escapes. */
  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        // A line break in a name must not start a new line of a log.
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return path();
  }
}
