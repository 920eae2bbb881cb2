package org.resettlement.wireformat.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.resettlement.core.Actor;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.EventKind;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Observation;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.Quantity;
import org.resettlement.core.SeriesPosition;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.hostile.JsonSpans.Member;
import org.resettlement.wireformat.hostile.JsonSpans.Value;
import org.resettlement.wireformat.hostile.ReadCampaign.Case;
import org.resettlement.wireformat.hostile.ReadCampaign.Outcome;
import org.resettlement.wireformat.hostile.ReadCampaign.Result;
import org.resettlement.wireformat.hostile.ReadCampaign.Subject;

/**
 * Hostile documents, written by hand or made from the golden files, with what a reader must make
 * of each. Both Jackson modules read all of them, as strings, bytes and streams, with a mapper
 * that refuses unknown properties and one that skips them.
 */
public final class HostileDocuments {
  private HostileDocuments() {}

  /** What a reader must make of a document. */
  public enum Expected {
    /** A valid value. */
    READ,
    /** A refusal with the documented exception. */
    REFUSED,
    /**
     * A refusal by a reader that refuses unknown properties; a reader that skips them may read
     * the document, as the document without them.
     */
    REFUSED_IF_STRICT,
    /** Either, as long as it is one of the two. */
    ANY
  }

  /**
   * A hostile document.
   *
   * @param name what is hostile about it
   * @param type the type to read it as
   * @param input the document
   * @param expected what a reader must make of it
   * @param path the path a refusal must name, or null where it is not pinned down
   * @param near a JSON Pointer that a refusal must name, or name a place inside or around, or null
   * @param sameAs a document that must be read as the same value, where this one is read, or null
   * @param notAs a document that must not be read as the same value, where this one is read: the
   *     document without the value that was changed, which must not be silently dropped; or null
   * @param feeds how the document is given to readers
   */
  public record Hostile(
      String name,
      Class<?> type,
      Input input,
      Expected expected,
      String path,
      String near,
      Input sameAs,
      Input notAs,
      Set<Feed> feeds) {

    Hostile refusedAt(String refusedPath) {
      return new Hostile(name, type, input, expected, refusedPath, near, sameAs, notAs, feeds);
    }

    Hostile readAs(String sameDocument) {
      return new Hostile(name, type, input, expected, path, near, Input.of(sameDocument), notAs, feeds);
    }

    Hostile fedAs(Feed first, Feed... more) {
      return new Hostile(name, type, input, expected, path, near, sameAs, notAs, EnumSet.of(first, more));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Set<Feed> EVERY_FEED = EnumSet.allOf(Feed.class);
  private static final Set<Feed> BYTES_AND_STREAMS = EnumSet.of(Feed.BYTES, Feed.STREAM);

  /** 50 MiB: more than any limit of a reader. */
  private static final int FIFTY_MB = 50 * 1024 * 1024;
  private static final int DEEP = 100_000;

  private static final String ORGANISATION = "{'id':'o','name':{'en':'n'},'kind':'ngo-national'}";
  private static final String EVENT = "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'}}";
  private static final String PLEDGE = "{'id':'p','pledger':{'country':'PT'},'kind':'resettlement-places'}";

  //-----------------------------------------------------------------------
  private static Hostile hostile(String name, Class<?> type, Input input, Expected expected) {
    return new Hostile(name, type, input, expected, null, null, null, null, EVERY_FEED);
  }

  private static Hostile refused(String name, Class<?> type, String singleQuoted) {
    return hostile(name, type, Input.of(BadDocuments.json(singleQuoted)), Expected.REFUSED);
  }

  private static Hostile refused(String name, Class<?> type, Input input) {
    return hostile(name, type, input, Expected.REFUSED);
  }

  private static Hostile read(String name, Class<?> type, String singleQuoted) {
    return hostile(name, type, Input.of(BadDocuments.json(singleQuoted)), Expected.READ);
  }

  private static Hostile strict(String name, Class<?> type, String singleQuoted, String sameAsSingleQuoted) {
    return hostile(name, type, Input.of(BadDocuments.json(singleQuoted)), Expected.REFUSED_IF_STRICT)
        .readAs(BadDocuments.json(sameAsSingleQuoted));
  }

  private static Hostile any(String name, Class<?> type, Input input) {
    return hostile(name, type, input, Expected.ANY);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static String organisationNamed(String name) {
    return BadDocuments.json(ORGANISATION).replace("\"n\"", name);
  }

  //-----------------------------------------------------------------------
  /** Returns the documents written by hand, each a kind of attack or accident. */
  public static List<Hostile> handWritten() {
    List<Hostile> all = new ArrayList<>();
    all.addAll(truncatedAndMalformed());
    all.addAll(wrongRootTypes());
    all.addAll(deepNesting());
    all.addAll(hugeValues());
    all.addAll(numbers());
    all.addAll(duplicateKeys());
    all.addAll(encodings());
    all.addAll(unknownEnumValues());
    all.addAll(typeNameInjection());
    all.addAll(prototypePollution());
    all.addAll(nulls());
    all.addAll(statistics());
    return all;
  }

  static List<Hostile> truncatedAndMalformed() {
    String dataset = BadDocuments.withThirdEvent(BadDocuments.goodEvent(2));
    return List.of(
        refused("empty document", Dataset.class, "").refusedAt(""),
        refused("white space only", Dataset.class, " \n\t\r ").refusedAt(""),
        refused("an opening brace only", Dataset.class, "{"),
        refused("an opening bracket only", Dataset.class, "[").refusedAt(""),
        refused("a name only", Dataset.class, "{'schemaVersion'"),
        refused("a name and a colon", Dataset.class, "{'schemaVersion':"),
        refused("an unterminated string", Dataset.class, "{'schemaVersion':'1.0"),
        refused("no closing brace", Dataset.class, "{'schemaVersion':'1.0'"),
        refused("a comma at the end", Dataset.class, "{'schemaVersion':'1.0',"),
        refused("cut inside the third event", Dataset.class, Input.of(dataset.substring(0, dataset.length() - 40))),
        refused("cut inside an escape", Organisation.class, "{'id':'o\\"),
        refused("cut inside a unicode escape", Organisation.class, "{'id':'o\\u00"),
        refused("a minus sign only", Quantity.class, "-"),
        refused("an exponent without digits", Quantity.class, "1e"),
        refused("a decimal point without digits", Coordinates.class, "{'latitude':1.,'longitude':0}"),
        refused("a cut literal null", Dataset.class, "nul"),
        refused("a cut literal true", Event.class, EVENT.replace("}}", "},'online':tru}")),
        refused("a closing brace only", Dataset.class, "}"),
        refused("a closing bracket only", Dataset.class, "]"),
        refused("brackets that do not match", Dataset.class, "{]"),
        refused("a comma in an empty object", Dataset.class, "{,}"),
        refused("a trailing comma in an object", Dataset.class, "{'schemaVersion':'1.0',}"),
        refused("a trailing comma in a list", Dataset.class, "{'organisations':[" + ORGANISATION + ",]}"),
        refused("a missing comma", Dataset.class, "{'schemaVersion':'1.0' 'events':[]}"),
        refused("single quotes", Dataset.class, Input.of("{'schemaVersion':'1.0'}")),
        refused("an unquoted name", Dataset.class, "{schemaVersion:'1.0'}"),
        refused("a comment before the document", Dataset.class, "/* c */ {}"),
        refused("a comment after the document", Dataset.class, "{} // c"),
        refused("a comment inside the document", Dataset.class, "{'schemaVersion':'1.0' /* c */}"),
        refused("a tab in a string", Organisation.class, ORGANISATION.replace("'o'", "'o\t'")).refusedAt("id"),
        refused("a line feed in a string", Organisation.class, ORGANISATION.replace("'n'", "'n\n'")).refusedAt("name.en"),
        refused("a NUL character in a string", Organisation.class, ORGANISATION.replace("'n'", "'n\u0000'")).refusedAt("name.en"),
        refused("an escape JSON does not have", Organisation.class, ORGANISATION.replace("'n'", "'\\x41'")).refusedAt("name.en"),
        refused("a second document", Dataset.class, "{} {}").refusedAt(""),
        refused("a closing bracket after the document", Dataset.class, "{}]").refusedAt(""),
        refused("a word after the document", Dataset.class, "{} x").refusedAt(""),
        refused("a NUL character after the document", Dataset.class, "{}\u0000").refusedAt(""));
  }

  static List<Hostile> wrongRootTypes() {
    List<Hostile> all = new ArrayList<>();
    for (String value : List.of("true", "0", "1.5", "'x'", "[]", "['x']")) {
      all.add(refused("a dataset given as " + value, Dataset.class, value).refusedAt(""));
    }
    for (Class<?> type : List.<Class<?>>of(Actor.class, LocalizedText.class, Quantity.class, EventKind.class,
        OrganisationId.class, PartialDate.class, Organisation.class)) {
      String name = type.getSimpleName();
      all.add(refused("a " + name + " given as an array", type, "[]").refusedAt(""));
      all.add(refused("a " + name + " given as true", type, "true").refusedAt(""));
    }
    all.add(refused("an actor given as a bare id", Actor.class, "'ccme'").refusedAt(""));
    all.add(refused("a localised text given as a string", LocalizedText.class, "'x'").refusedAt(""));
    all.add(refused("a quantity given as text", Quantity.class, "'about 50'").refusedAt(""));
    all.add(refused("an enum value given as its index", EventKind.class, "0").refusedAt(""));
    all.add(refused("an enum value given as an object", EventKind.class, "{}").refusedAt(""));
    all.add(refused("an identifier given as an object", OrganisationId.class, "{}").refusedAt(""));
    all.add(refused("an identifier given as a number", OrganisationId.class, "7").refusedAt(""));
    all.add(refused("a partial date given as a number", PartialDate.class, "2023").refusedAt(""));
    return all;
  }

  static List<Hostile> deepNesting() {
    String arrays = "[".repeat(DEEP) + "]".repeat(DEEP);
    String objects = "{'a':".repeat(DEEP) + "1" + "}".repeat(DEEP);
    return List.of(
        refused("10^5 nested arrays as a dataset", Dataset.class, arrays).refusedAt(""),
        refused("10^5 nested arrays, never closed", Dataset.class, "[".repeat(DEEP)).refusedAt(""),
        refused("10^5 nested objects, never closed", Dataset.class, "{'a':".repeat(DEEP)),
        refused("10^5 nested arrays in a property the format does not define", Dataset.class, "{'extra':" + arrays + "}"),
        refused("10^5 nested objects in a property the format does not define", Dataset.class, "{'extra':" + objects + "}"),
        refused("10^5 nested arrays as the list of events", Dataset.class, "{'events':" + arrays + "}").refusedAt("events[0]"),
        refused("10^5 nested objects as the text of a language", LocalizedText.class, "{'en':" + objects + "}").refusedAt("en"),
        refused("10^5 nested arrays as an actor", Actor.class, arrays).refusedAt(""),
        refused("10^5 nested objects as an actor", Actor.class, objects),
        refused("10^5 nested objects as the value of a quantity", Quantity.class, "{'qualifier':'exact','value':" + objects + "}"),
        refused("10^5 nested arrays as a person's name", Person.class, "{'id':'p','name':" + arrays + "}").refusedAt("name"),
        refused("10^5 nested arrays beside an actor's kind", Actor.class, "{'organisation':'o','extra':" + arrays + "}"));
  }

  static List<Hostile> hugeValues() {
    String organisationHead = BadDocuments.json("{'id':'o','name':{'en':'");
    String organisationTail = BadDocuments.json("'},'kind':'ngo-national'}");
    StringBuilder countries = new StringBuilder("{\"countries\":[\"PL\"");
    for (int i = 1; i < 100_000; i++) {
      countries.append(",\"PL\"");
    }
    countries.append("]}");
    StringBuilder organisations = new StringBuilder("{\"organisations\":[{}");
    for (int i = 1; i < 100_000; i++) {
      organisations.append(",{}");
    }
    organisations.append("]}");
    return List.of(
        refused("a 50 MB name of an organisation", Organisation.class,
            Input.repeated(organisationHead, "a", FIFTY_MB, organisationTail)).refusedAt("name.en").fedAs(Feed.STRING, Feed.STREAM),
        refused("a 50 MB name of an organisation, whose length is checked first in bytes", Organisation.class,
            Input.repeated(organisationHead, "a", FIFTY_MB, organisationTail)).refusedAt("").fedAs(Feed.BYTES),
        refused("a 5 MB name of an organisation", Organisation.class,
            Input.repeated(organisationHead, "a", FIFTY_MB / 10, organisationTail)).refusedAt("name.en"),
        refused("a 50 MB identifier", Organisation.class,
            Input.repeated("{\"id\":\"", "a", FIFTY_MB, "\"}")).refusedAt("id").fedAs(Feed.STREAM),
        refused("a 5 MB identifier", Organisation.class,
            Input.repeated("{\"id\":\"", "a", FIFTY_MB / 10, "\"}")).refusedAt("id").fedAs(Feed.BYTES, Feed.STREAM),
        refused("a 50 MB property name", Dataset.class,
            Input.repeated("{\"", "a", FIFTY_MB, "\":1}")).fedAs(Feed.BYTES, Feed.STREAM),
        refused("a 50 MB string in a property the format does not define", Dataset.class,
            Input.repeated("{\"extra\":\"", "a", FIFTY_MB, "\"}")).fedAs(Feed.BYTES, Feed.STREAM),
        refused("a 50 MB string of escapes", Organisation.class,
            Input.repeated(organisationHead, "\\u0041", FIFTY_MB / 6, organisationTail)).refusedAt("name.en").fedAs(Feed.STREAM),
        refused("50 MB of white space before a dataset", Dataset.class,
            Input.repeated("", " ", FIFTY_MB, "{}")).refusedAt("").fedAs(Feed.BYTES),
        refused("a 50 MB number", Quantity.class, Input.repeated("", "1", FIFTY_MB, "")).refusedAt("").fedAs(Feed.STREAM),
        refused("a 50 MB decimal amount", MonetaryAmount.class,
            Input.repeated("{\"amount\":\"", "1", FIFTY_MB, "\",\"currency\":\"EUR\"}")).refusedAt("amount").fedAs(Feed.STREAM),
        refused("100,000 times the same country", Geography.class, Input.of(countries.toString()))
            .fedAs(Feed.BYTES, Feed.STREAM),
        refused("100,000 empty organisations", Dataset.class, Input.of(organisations.toString()))
            .refusedAt("organisations[0]").fedAs(Feed.BYTES, Feed.STREAM));
  }

  /** Official statistics: keys of many or huge dimensions and categories, many cells and statuses. */
  static List<Hostile> statistics() {
    String head = "{\"metric\":\"arrivals\",\"key\":{";
    String tail = "},\"value\":1,\"period\":{\"start\":\"2017\"},\"geography\":{}}";
    StringBuilder manyDimensions = new StringBuilder(head);
    for (int i = 1; i <= 1_000_000; i++) {
      manyDimensions.append(i > 1 ? "," : "").append("\"x:d").append(i).append("\":\"c\"");
    }
    manyDimensions.append(tail);
    StringBuilder statuses = new StringBuilder("{\"metric\":\"arrivals\",\"value\":1,\"statuses\":[\"estimated\"");
    for (int i = 1; i < 100_000; i++) {
      statuses.append(",\"estimated\"");
    }
    statuses.append("],\"period\":{\"start\":\"2017\"},\"geography\":{}}");
    StringBuilder cells = new StringBuilder("{\"observations\":[");
    // Read, written and read again within the time limit, also on a busy machine: 290 KB. The
    // benchmarks measure tables of a million cells.
    for (int i = 0; i < 2_000; i++) {
      cells.append(i > 0 ? "," : "")
          .append("{\"metric\":\"resettled-persons\",\"key\":{\"sex\":\"female\",\"citizenship\":\"SY\"},\"value\":")
          .append(i).append(",\"period\":{\"start\":\"2017\"},\"geography\":{\"countries\":[\"FR\"]}}");
    }
    cells.append("]}");
    return List.of(
        refused("a key of a million dimensions", Observation.class, Input.of(manyDimensions.toString()))
            .refusedAt("key[\"x:d101\"]").fedAs(Feed.BYTES, Feed.STREAM),
        refused("a 50 MB dimension", Observation.class, Input.repeated(head + "\"x:", "a", FIFTY_MB, "\":\"c\"" + tail))
            .fedAs(Feed.STREAM),
        refused("a 5 MB category code", Observation.class,
            Input.repeated(head + "\"sex\":\"", "a", FIFTY_MB / 10, "\"" + tail)).refusedAt("key.sex"),
        refused("100,000 times the same status", Observation.class, Input.of(statuses.toString()))
            .refusedAt("statuses").fedAs(Feed.BYTES, Feed.STREAM),
        refused("a rounding unit of 400 digits", Observation.class,
            "{'metric':'arrivals','value':1,'rounding':{'toNearest':" + "9".repeat(400) + "},'period':{'start':'2017'},'geography':{}}"),
        hostile("2,000 cells of a table", Dataset.class, Input.of(cells.toString()), Expected.READ)
            .fedAs(Feed.BYTES, Feed.STREAM));
  }

  static List<Hostile> numbers() {
    return List.of(
        refused("1e400 as a latitude", Coordinates.class, "{'latitude':1e400,'longitude':0}").refusedAt("latitude"),
        refused("-1e400 as a longitude", Coordinates.class, "{'latitude':0,'longitude':-1e400}").refusedAt("longitude"),
        read("1e-400 as a latitude, the nearest double", Coordinates.class, "{'latitude':1e-400,'longitude':0}")
            .readAs("{\"latitude\":0.0,\"longitude\":0}"),
        read("-0.0 as a latitude", Coordinates.class, "{'latitude':-0.0,'longitude':0}"),
        read("a latitude of 60 decimal places", Coordinates.class, "{'latitude':0." + "1".repeat(60) + ",'longitude':0}"),
        refused("a latitude of 150 digits", Coordinates.class, "{'latitude':0." + "1".repeat(150) + ",'longitude':0}")
            .refusedAt("latitude"),
        refused("NaN as a latitude", Coordinates.class, "{'latitude':NaN,'longitude':0}").refusedAt("latitude"),
        refused("Infinity as a latitude", Coordinates.class, "{'latitude':Infinity,'longitude':0}").refusedAt("latitude"),
        refused("-Infinity as a latitude", Coordinates.class, "{'latitude':-Infinity,'longitude':0}").refusedAt("latitude"),
        refused("NaN as a string for a latitude", Coordinates.class, "{'latitude':'NaN','longitude':0}").refusedAt("latitude"),
        refused("a latitude as a string", Coordinates.class, "{'latitude':'48.5','longitude':0}").refusedAt("latitude"),
        read("-0 as a count", Quantity.class, "-0").readAs("0"),
        read("the largest long as a count", Quantity.class, "9223372036854775807"),
        refused("one more than the largest long as a count", Quantity.class, "9223372036854775808").refusedAt(""),
        refused("a count of 400 digits", Quantity.class, "9".repeat(400)).refusedAt(""),
        refused("a count of 400 digits in an object", Quantity.class, "{'qualifier':'exact','value':" + "9".repeat(400) + "}")
            .refusedAt("value"),
        refused("an ordinal of 400 digits", SeriesPosition.class, "{'series':{'en':'s'},'ordinal':" + "9".repeat(400) + "}")
            .refusedAt("ordinal"),
        refused("an ordinal just above the largest int", SeriesPosition.class, "{'series':{'en':'s'},'ordinal':2147483648}")
            .refusedAt("ordinal"),
        refused("1e400 as a count", Quantity.class, "1e400").refusedAt(""),
        refused("a count with an exponent", Quantity.class, "1E2").refusedAt(""),
        refused("a count with a decimal point", Quantity.class, "50.0").refusedAt(""),
        refused("a negative count", Quantity.class, "-1").refusedAt(""),
        refused("a hexadecimal count", Quantity.class, "0x10").refusedAt(""),
        refused("a count with a leading zero", Quantity.class, "01").refusedAt(""),
        refused("a count with a plus sign", Quantity.class, "+1").refusedAt(""),
        refused("a fraction without a leading zero", Coordinates.class, "{'latitude':.5,'longitude':0}").refusedAt("latitude"),
        read("an amount of 90 digits", MonetaryAmount.class, "{'amount':'" + "9".repeat(90) + ".00','currency':'EUR'}"),
        refused("an amount of 200 digits", MonetaryAmount.class, "{'amount':'" + "9".repeat(200) + "','currency':'EUR'}")
            .refusedAt("amount"),
        refused("an amount with an exponent of a billion", MonetaryAmount.class, "{'amount':'1e1000000000','currency':'EUR'}")
            .refusedAt("amount"),
        refused("an amount as a number", MonetaryAmount.class, "{'amount':1e400,'currency':'EUR'}").refusedAt("amount"));
  }

  static List<Hostile> duplicateKeys() {
    return List.of(
        refused("schemaVersion given twice", Dataset.class, "{'schemaVersion':'1.0','schemaVersion':'1.1'}").refusedAt("schemaVersion"),
        refused("an event's id given twice", Dataset.class,
            "{'events':[" + EVENT.replace("'kind'", "'id':'e2','kind'") + "]}").refusedAt("events[0].id"),
        refused("a language given twice", Organisation.class, ORGANISATION.replace("{'en':'n'}", "{'en':'a','en':'b'}"))
            .refusedAt("name.en"),
        refused("a language given twice, in another case", Organisation.class,
            ORGANISATION.replace("{'en':'n'}", "{'en':'a','EN':'b'}")),
        refused("a language given twice in a text of its own", LocalizedText.class, "{'en':'a','en':'b'}").refusedAt("en"),
        refused("an actor's kind given twice", Actor.class, "{'organisation':'a','organisation':'b'}").refusedAt("organisation"),
        refused("a qualifier given twice", Quantity.class, "{'qualifier':'exact','qualifier':'range','value':1}")
            .refusedAt("qualifier"),
        refused("a whole list given twice", Dataset.class, "{'events':[],'events':[]}").refusedAt("events"));
  }

  static List<Hostile> encodings() {
    byte[] bom = bytes(0xEF, 0xBB, 0xBF);
    String organisationHead = BadDocuments.json("{'id':'o','kind':'ngo-national','name':{'en':'a");
    String organisationTail = BadDocuments.json("'}}");
    return List.of(
        hostile("a UTF-8 byte order mark, in bytes", Dataset.class, Input.concat(bom, "{}"), Expected.READ)
            .readAs("{}").fedAs(Feed.BYTES, Feed.STREAM),
        refused("a byte order mark at the start of a string", Dataset.class, "\uFEFF{}").refusedAt("").fedAs(Feed.STRING),
        refused("a byte order mark between tokens", Dataset.class, Input.concat("{", bom, "}")),
        refused("two byte order marks", Dataset.class, Input.concat(bom, bom, "{}")).refusedAt(""),
        any("a byte order mark inside an identifier", OrganisationId.class, Input.concat("\"", bom, "o\"")),
        hostile("UTF-16 with a byte order mark, in bytes", Dataset.class,
            Input.of("\uFEFF{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_16BE)), Expected.READ)
            .readAs("{\"schemaVersion\":\"1.0\"}").fedAs(Feed.BYTES, Feed.STREAM),
        hostile("UTF-16LE without a byte order mark, in bytes", Dataset.class,
            Input.of("{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_16LE)), Expected.READ)
            .readAs("{\"schemaVersion\":\"1.0\"}").fedAs(Feed.BYTES, Feed.STREAM),
        any("UTF-32 without a byte order mark, in bytes", Dataset.class, Input.of(bytes(0, 0, 0, '{', 0, 0, 0, '}'))),
        refused("byte FF in a text", Organisation.class, Input.concat(organisationHead, bytes(0xFF), organisationTail))
            .refusedAt("name.en"),
        refused("a continuation byte on its own", Organisation.class, Input.concat(organisationHead, bytes(0x80), organisationTail))
            .refusedAt("name.en"),
        refused("a two-byte sequence cut short", Organisation.class, Input.concat(organisationHead, bytes(0xC3), organisationTail))
            .refusedAt("name.en"),
        refused("a four-byte sequence cut short at the end", Organisation.class, Input.concat(organisationHead, bytes(0xF0, 0x9F)))
            .refusedAt("name.en"),
        refused("a surrogate encoded in UTF-8", Organisation.class,
            Input.concat(organisationHead, bytes(0xED, 0xA0, 0x80), organisationTail)).refusedAt("name.en"),
        refused("a code point above U+10FFFF, which Jackson decodes as two unpaired surrogates", Organisation.class,
            Input.concat(organisationHead, bytes(0xF4, 0x90, 0x80, 0x80), organisationTail)).refusedAt("name.en"),
        any("an overlong encoding of a slash, which Jackson decodes", Organisation.class,
            Input.concat(organisationHead, bytes(0xC0, 0xAF), organisationTail)),
        refused("byte FF in a property name", Organisation.class, Input.concat("{\"i", bytes(0xFF), "d\":\"o\"}")),
        refused("byte FF at the start", Dataset.class, Input.concat(bytes(0xFF), "{}")).refusedAt(""),
        hostile("byte FF in a property the format does not define", Dataset.class,
            Input.concat("{\"extra\":\"", bytes(0xFF), "\"}"), Expected.REFUSED_IF_STRICT).readAs("{}"),
        refused("an unpaired surrogate escape", LocalizedText.class, Input.of("{\"en\":\"a\\uD800\"}")).refusedAt("en"),
        refused("a reversed surrogate pair escape", LocalizedText.class, Input.of("{\"en\":\"a\\uDC00\\uD800\"}"))
            .refusedAt("en"),
        refused("an unpaired surrogate escape in the second language", Organisation.class,
            ORGANISATION.replace("{'en':'n'}", "{'en':'n','pl':'\\uDBFF'}")).refusedAt("name.pl"),
        refused("an unpaired surrogate escape in an identifier", Organisation.class, ORGANISATION.replace("'o'", "'o\\uD800'"))
            .refusedAt("id"),
        refused("an unpaired surrogate escape in a person's name", Person.class, "{'id':'p','name':'\\uDC00'}")
            .refusedAt("name"),
        refused("an unpaired surrogate escape in an acronym", Organisation.class,
            ORGANISATION.replace("'kind'", "'acronym':'\\uD800','kind'")).refusedAt("acronym"),
        refused("an unpaired surrogate escape in a language tag", LocalizedText.class, Input.of("{\"e\\uD800\":\"a\"}")),
        read("direction controls, escaped", LocalizedText.class, "{'en':'a\\u202Eb\\u2066c\\u2069'}")
            .readAs("{\"en\":\"a\u202Eb\u2066c\u2069\"}"),
        read("an escaped NUL character", LocalizedText.class, "{'en':'a\\u0000'}"),
        read("a character beyond the Basic Multilingual Plane, escaped", LocalizedText.class, "{'en':'\\uD83D\\uDC4B'}")
            .readAs("{\"en\":\"\uD83D\uDC4B\"}"));
  }

  static List<Hostile> unknownEnumValues() {
    List<Hostile> all = new ArrayList<>();
    for (String kind : List.of("'wokshop'", "'WORKSHOP'", "'Workshop'", "'workshop '", "' workshop'", "''", "'0'", "0", "1.5",
        "true", "'java.lang.Runtime'", "'workshop\\u0000'", "'work\\u0073hop2'", "'campaign_launch'", "'CampaignLaunch'")) {
      all.add(refused("event kind " + kind, Event.class, EVENT.replace("'workshop'", kind)).refusedAt("kind"));
    }
    all.add(refused("a pledge status nobody defined", Pledge.class, PLEDGE.replace("'kind'", "'status':'cancelled','kind'")).refusedAt("status"));
    all.add(refused("a contact kind nobody defined", Person.class, "{'id':'p','contacts':[{'kind':'carrier-pigeon','value':'x'}]}")
        .refusedAt("contacts[0].kind"));
    all.add(refused("a quantity qualifier nobody defined", Quantity.class, "{'qualifier':'roughly','value':5}").refusedAt("qualifier"));
    all.add(refused("a class name as an enum value", EventKind.class, "'java.lang.Runtime'").refusedAt(""));
    return all;
  }

  static List<Hostile> typeNameInjection() {
    return List.of(
        strict("@class naming Runtime", Dataset.class, "{'@class':'java.lang.Runtime'}", "{}").refusedAt("[\"@class\"]"),
        strict("@type naming ProcessBuilder", Dataset.class, "{'@type':'java.lang.ProcessBuilder','command':['calc']}", "{}")
            .refusedAt("[\"@type\"]"),
        strict("@class naming Runtime in an event", Dataset.class,
            "{'events':[" + EVENT.replace("{'id'", "{'@class':'java.lang.Runtime','id'") + "]}",
            "{'events':[" + EVENT + "]}").refusedAt("events[0][\"@class\"]"),
        refused("a type name and a map as a dataset", Dataset.class, "['java.util.HashMap',{}]").refusedAt(""),
        refused("a type name and an organisation", Organisation.class, "['org.resettlement.core.Organisation'," + ORGANISATION + "]")
            .refusedAt(""),
        refused("@class naming an identifier type as an actor", Actor.class, "{'@class':'org.resettlement.core.PersonId','value':'p'}"),
        refused("a class name as an actor's kind", Actor.class, "{'java.lang.Runtime':'exec'}").refusedAt("[\"java.lang.Runtime\"]"),
        refused("a type name and an id as an actor", Actor.class, "['org.resettlement.core.OrganisationId','ccme']").refusedAt(""),
        refused("@class naming Runtime as a pledger", Pledge.class, PLEDGE.replace("{'country':'PT'}", "{'@class':'java.lang.Runtime'}")),
        refused("a class name as a pledger", Pledge.class, PLEDGE.replace("{'country':'PT'}", "'java.lang.Runtime'")).refusedAt("pledger"),
        refused("a class name as the kind of a pledger", Pledge.class, PLEDGE.replace("{'country':'PT'}", "{'java.net.URL':'http://x'}"))
            .refusedAt("pledger[\"java.net.URL\"]"),
        refused("a class name as a member's kind", Membership.class, "{'member':{'java.net.URL':'http://x'},'organisation':'x'}")
            .refusedAt("member[\"java.net.URL\"]"),
        refused("a class name as an organisation kind", Organisation.class, ORGANISATION.replace("'ngo-national'", "'java.lang.Runtime'"))
            .refusedAt("kind"),
        read("a class name as an organisation's identifier, which is only text", Actor.class, "{'organisation':'java.lang.Runtime'}"),
        read("a JNDI lookup as a person's name, which is only text", Person.class, "{'id':'p','name':'${jndi:ldap://example.org/a}'}"),
        hostile("@class naming Long in a quantity", Quantity.class,
            Input.of(BadDocuments.json("{'@class':'java.lang.Long','qualifier':'exact','value':5}")), Expected.REFUSED_IF_STRICT)
            .readAs("5"));
  }

  static List<Hostile> prototypePollution() {
    return List.of(
        strict("__proto__ in a dataset", Dataset.class, "{'__proto__':{'polluted':true}}", "{}").refusedAt("__proto__"),
        strict("constructor.prototype in a dataset", Dataset.class, "{'constructor':{'prototype':{'polluted':true}}}", "{}")
            .refusedAt("constructor"),
        strict("__proto__ in an organisation", Organisation.class,
            ORGANISATION.replace("{'id'", "{'__proto__':{'kind':'network'},'id'"), ORGANISATION).refusedAt("__proto__"),
        strict("__proto__ as null in an event", Event.class, EVENT.replace("{'id'", "{'__proto__':null,'id'"), EVENT)
            .refusedAt("__proto__"),
        refused("__proto__ as a language", LocalizedText.class, "{'__proto__':'x'}"),
        refused("constructor as a language", LocalizedText.class, "{'en':'x','constructor':'y'}"),
        refused("prototype as a language", LocalizedText.class, "{'en':'x','prototype':'y'}"),
        refused("__proto__ as an actor's kind", Actor.class, "{'__proto__':'x'}").refusedAt("__proto__"),
        refused("__proto__ as a qualifier", Quantity.class, "{'qualifier':'__proto__','value':5}").refusedAt("qualifier"));
  }

  static List<Hostile> nulls() {
    List<Hostile> all = new ArrayList<>();
    // A document that is just null is no value, of any type: it is refused at the root like any
    // other value of the wrong kind, not read as a null dataset.
    for (Class<?> type : List.<Class<?>>of(Dataset.class, Actor.class, Quantity.class, LocalizedText.class, OrganisationId.class,
        EventKind.class, PartialDate.class, Organisation.class)) {
      all.add(refused("the document null, as a " + type.getSimpleName(), type, "null").refusedAt(""));
    }
    all.add(refused("the document null between white space", Dataset.class, " \n null \n ").refusedAt(""));
    all.add(read("null as a list", Dataset.class, "{'events':null}").readAs("{}"));
    all.add(refused("null in a list", Dataset.class, "{'events':[null]}").refusedAt("events[0]"));
    all.add(refused("null as a required value", Organisation.class, ORGANISATION.replace("'o'", "null")).refusedAt("id"));
    all.add(refused("null as a language's text", LocalizedText.class, "{'en':null}").refusedAt("en"));
    return all;
  }

  //-----------------------------------------------------------------------
  /** The most places a golden file is cut at, spread evenly, besides its first and last bytes. */
  private static final int CUTS_PER_FILE = 40;

  /**
   * The golden files cut short: after their first bytes, their last bytes and places spread
   * between; each refused, unless the document is a whole number.
   */
  public static List<Hostile> truncatedGoldenFiles() {
    List<Hostile> all = new ArrayList<>();
    for (Golden golden : GoldenFiles.all().values()) {
      byte[] json = golden.text().strip().getBytes(StandardCharsets.UTF_8);
      boolean number = json[0] == '-' || Character.isDigit(json[0]);
      Set<Integer> lengths = new TreeSet<>();
      for (int i = 0; i < 3 && i < json.length; i++) {
        lengths.add(i);
        lengths.add(json.length - 1 - i);
      }
      for (int i = 1; i < CUTS_PER_FILE; i++) {
        lengths.add((int) ((long) json.length * i / CUTS_PER_FILE));
      }
      for (int length : lengths) {
        byte[] prefix = new byte[length];
        System.arraycopy(json, 0, prefix, 0, length);
        Set<Feed> feeds = length % 3 == 0 ? BYTES_AND_STREAMS : EnumSet.of(Feed.BYTES);
        all.add(new Hostile(golden.file + " cut after " + length + " bytes", golden.type, Input.of(prefix),
            number && length > 0 ? Expected.ANY : Expected.REFUSED, null, null, null, null, feeds));
      }
    }
    return all;
  }

  /** Values of each JSON type, and a string of white space, which {@link #retypedGoldenFiles()} puts at every place. */
  private static final List<String> OF_EACH_TYPE = List.of("null", "true", "0", "-1.5", "\"x\"", "\" \"", "[]", "{}");
  /** The values that a reader may read as if they were not there: null, and an empty list. */
  private static final Set<String> SAME_AS_ABSENT = Set.of("null", "[]");
  /** The property whose empty object says what leaving it out says: a key of no dimension, the whole population. */
  private static final String KEY = "/key";

  /**
   * The golden files with each value in turn replaced by a value of each JSON type. The dataset's
   * records are golden files of their own, so in the dataset only its own properties and the
   * records in its lists are replaced, each by one value. A refusal must name the place of the
   * value, a place inside it, or one around it.
   */
  public static List<Hostile> retypedGoldenFiles() {
    List<Hostile> all = new ArrayList<>();
    for (Golden golden : GoldenFiles.all().values()) {
      byte[] json = golden.text().getBytes(StandardCharsets.UTF_8);
      JsonSpans spans = JsonSpans.scan(json).orElseThrow();
      List<Value> values = spans.values();
      Map<Value, Member> members = new HashMap<>();
      spans.members().forEach(member -> members.put(member.value(), member));
      boolean dataset = golden.file.equals("dataset.json");
      for (int v = 0; v < values.size(); v++) {
        Value value = values.get(v);
        if (dataset && value.pointer().chars().filter(c -> c == '/').count() > 2) {
          continue;
        }
        List<String> replacements = dataset ? List.of(OF_EACH_TYPE.get(v % OF_EACH_TYPE.size())) : OF_EACH_TYPE;
        for (String replacement : replacements) {
          byte[] changed = DocumentFuzzer.replace(json, value.start(), value.end(), replacement.getBytes(StandardCharsets.UTF_8));
          Member member = members.get(value);
          boolean emptyKey = replacement.equals("{}") && value.pointer().endsWith(KEY);
          Input dropped = member == null || SAME_AS_ABSENT.contains(replacement) || emptyKey
              ? null
              : Input.of(DocumentFuzzer.withoutListItem(json, member.start(), member.end()));
          all.add(new Hostile(golden.file + " with " + replacement + " at '" + value.pointer() + "'", golden.type,
              Input.of(changed), Expected.ANY, null, value.pointer(), null, dropped, EnumSet.of(Feed.BYTES)));
        }
      }
    }
    return all;
  }

  //-----------------------------------------------------------------------
  /**
   * Reads hostile documents with each reader, fed each way they allow, counts the outcomes, and
   * keeps a failure for each outcome not expected.
   */
  public static void run(ReadCampaign campaign, List<Subject> subjects, List<Hostile> documents) {
    campaign.warmUp(subjects);
    for (Hostile hostile : documents) {
      for (Feed feed : hostile.feeds()) {
        Case kase = new Case(hostile.name(), hostile.type(), hostile.input(), feed);
        if (kase.feedable()) {
          campaign.run(subjects, kase).forEach(result -> check(campaign, hostile, result));
        }
      }
    }
  }

  private static void check(ReadCampaign campaign, Hostile hostile, Result result) {
    if (result.outcome() == Outcome.OTHER) {
      return;
    }
    boolean strict = result.subject().refusesUnknownProperties();
    boolean refused = result.outcome() == Outcome.REJECTED;
    boolean expected =
        switch (hostile.expected()) {
          case READ -> !refused;
          case REFUSED -> refused;
          case REFUSED_IF_STRICT -> refused || !strict;
          case ANY -> true;
        };
    if (!expected) {
      campaign.fail("expected " + hostile.expected() + ", was " + result.outcome() + ": " + hostile.name(), "expected " + hostile.expected() + ": " + result.describe());
      return;
    }
    if (refused && hostile.path() != null && (hostile.expected() != Expected.REFUSED_IF_STRICT || strict)
        && !hostile.path().equals(result.rejection().path())) {
      campaign.fail("refused at another path: " + hostile.name(), "expected a refusal at '" + hostile.path() + "': " + result.describe());
    }
    if (refused && hostile.near() != null) {
      String pointer = result.rejection().pointer();
      if (!isWithin(pointer, hostile.near()) && !isWithin(hostile.near(), pointer)) {
        campaign.fail("refused far from the change", "expected a refusal at, in or around '" + hostile.near() + "': " + result.describe());
      }
    }
    if (!refused && hostile.notAs() != null && sameValue(result, hostile.notAs(), hostile.type())) {
      campaign.fail("read as if the value were not there: " + hostile.name(),
          "expected not the same value as without the value changed, " + hostile.notAs() + ": " + result.describe());
    }
    if (!refused && hostile.sameAs() != null) {
      try {
        Object same = result.subject().read(hostile.sameAs().bytes(), hostile.type());
        if (!Objects.equals(same, result.value())) {
          campaign.fail("read as another value: " + hostile.name(), "expected the same value as " + hostile.sameAs() + ", which is " + same + ": " + result.describe());
        }
      } catch (Exception e) {
        campaign.fail("could not read the same document", "could not read " + hostile.sameAs() + ": " + e);
      }
    }
  }

  /** Checks whether a reader reads another document as the value of a result; false if it refuses it. */
  private static boolean sameValue(Result result, Input other, Class<?> type) {
    try {
      return Objects.equals(result.subject().read(other.bytes(), type), result.value());
    } catch (Exception e) {
      return false;
    }
  }

  /** Checks whether a JSON Pointer names a place inside another, or the same place. */
  private static boolean isWithin(String pointer, String outer) {
    return pointer.equals(outer) || pointer.startsWith(outer + "/");
  }
}
