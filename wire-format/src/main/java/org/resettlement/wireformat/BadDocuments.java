package org.resettlement.wireformat;

import java.util.List;
import org.resettlement.core.Campaign;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.Place;
import org.resettlement.core.Project;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Target;

/**
 * Documents that are not valid, with the place and the reason that every reader of the wire format
 * reports for them. The tests of both Jackson modules read them, so both report the same.
 */
public final class BadDocuments {
  private BadDocuments() {}

  /**
   * A document that is not valid.
   *
   * @param name what is wrong, for test names
   * @param type the core type the document is read as
   * @param json the document
   * @param path the path a reader reports, such as {@code events[2].period.end}, or null where it
   *     is not pinned down
   * @param reason the reason a reader reports, or null where it is not pinned down
   */
  public record BadDocument(String name, Class<?> type, String json, String path, String reason) {

    /** Returns the name of the schema definition of the document's type, such as {@code Event}. */
    public String definition() {
      return WireSchema.definitionName(type);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Turns single quotes into double quotes, so that JSON in tests needs no escaping. */
  public static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  //-----------------------------------------------------------------------
  private static final String GOOD_EVENT =
      "{'id':'e%d','title':{'en':'t'},'kind':'workshop','period':{'start':'2023-11-13','end':'2023-11-15'}}";

  /** A dataset whose third event is given, after two good ones. */
  public static String withThirdEvent(String event) {
    return json("{'schemaVersion':'1.0','events':[" + String.format(GOOD_EVENT, 0) + ","
        + String.format(GOOD_EVENT, 1) + "," + event + "]}");
  }

  /** A good event, to be changed into a bad one. */
  public static String goodEvent(int index) {
    return String.format(GOOD_EVENT, index);
  }

  private static BadDocument event(String name, String event, String path, String reason) {
    return new BadDocument(name, Dataset.class, withThirdEvent(event), path, reason);
  }

  /**
   * Returns datasets whose third event is not valid, each with the path a reader reports and, where
   * pinned down, the reason.
   */
  public static List<BadDocument> datasetsWithABadEvent() {
    return List.of(
        event("end before start",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023-11-15','end':'2023-11-13'}}",
            "events[2].period.end", "must not be before the start 2023-11-15, was 2023-11-13"),
        event("missing required properties",
            "{'id':'e2','kind':'workshop'}",
            "events[2]", "required but not set: title, period"),
        event("wrong type for an object",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':'2023-11-13/2023-11-15'}",
            "events[2].period", "expected an object, found a string"),
        event("wrong type for a list",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'organisers':'ccme'}",
            "events[2].organisers", "expected an array, found a string"),
        event("wrong type for a boolean",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'online':'yes'}",
            "events[2].online", null),
        event("unknown enum value",
            "{'id':'e2','title':{'en':'t'},'kind':'wokshop','period':{'start':'2023'}}",
            "events[2].kind", "unknown value 'wokshop'; expected one of workshop, conference, meeting, campaign-launch, panel, seminar, training, webinar, study-visit, other"),
        event("bad date",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023-11-31'}}",
            "events[2].period.start", null),
        event("bad country code",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'representedCountries':['PL','UK']}",
            "events[2].representedCountries[1]", null),
        event("unknown actor kind",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'funders':[{'state':'DE'}]}",
            "events[2].funders[0].state", "unknown kind of actor; expected one of organisation, person, country"),
        event("unknown property",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'venu':{}}",
            "events[2].venu", null),
        event("null for a required property",
            "{'id':null,'title':{'en':'t'},'kind':'workshop','period':{'start':'2023'}}",
            "events[2].id", "must not be null"),
        event("null in a list",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'topics':[{'en':'a'},null]}",
            "events[2].topics[1]", "must not be null"),
        event("invalid nested quantity",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'attendance':{'qualifier':'at-least'}}",
            "events[2].attendance.value", "required but not set"),
        event("invalid deeply nested value",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'sessions':[{'kind':'panel','speakers':[{'person':''}]}]}",
            "events[2].sessions[0].speakers[0].person", null),
        event("unpaired surrogate in a title",
            "{'id':'e2','title':{'en':'t','pl':'t\\uD800'},'kind':'workshop','period':{'start':'2023'}}",
            "events[2].title.pl", "must be Unicode text, but has an unpaired surrogate U+D800 at index 1"),
        event("unpaired surrogate in a topic",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'topics':[{'en':'a'},{'en':'\\uDC00b'}]}",
            "events[2].topics[1].en", "must be Unicode text, but has an unpaired surrogate U+DC00 at index 0"),
        event("unpaired surrogate in a source's URL",
            "{'id':'e2','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},"
                + "'sources':[{'title':{'en':'s'},'url':'https://example.org/\\uD800'}]}",
            "events[2].sources[0].url", "must be Unicode text, but has an unpaired surrogate U+D800 at index 20"),
        event("event as an array",
            "['e2']",
            "events[2]", "expected an object, found an array"));
  }

  //-----------------------------------------------------------------------
  private static final String GOOD_OBSERVATION =
      "{'metric':'resettled-persons','key':{'citizenship':'SY','sex':'female'},'value':%d,'rounding':{'toNearest':5},"
          + "'period':{'start':'2017'},'geography':{'countries':['FR']}}";

  /** A dataset whose fourth observation is given, after three good ones. */
  public static String withFourthObservation(String observation) {
    return json("{'schemaVersion':'1.1','observations':[" + String.format(GOOD_OBSERVATION, 5) + ","
        + String.format(GOOD_OBSERVATION, 10) + "," + String.format(GOOD_OBSERVATION, 15) + "," + observation + "]}");
  }

  /** A good observation whose key is given, to be changed into a bad one. */
  private static String observationWithKey(String key) {
    return "{'metric':'resettled-persons','key':" + key + ",'value':85,'period':{'start':'2017'},'geography':{}}";
  }

  private static BadDocument observation(String name, String observation, String path, String reason) {
    return new BadDocument(name, Dataset.class, withFourthObservation(observation), path, reason);
  }

  /** The key of a hundred and one dimensions, one more than a reader reads. */
  private static String keyOfDimensions(int count) {
    StringBuilder key = new StringBuilder("{");
    for (int i = 1; i <= count; i++) {
      key.append(i > 1 ? "," : "").append("'x:d").append(i).append("':'c'");
    }
    return key.append('}').toString();
  }

  /**
   * Returns datasets whose fourth observation is not valid, each with the path a reader reports
   * and the reason.
   */
  public static List<BadDocument> datasetsWithABadObservation() {
    String statuses = "estimated, provisional, break-in-series, definition-differs, low-reliability, forecast,"
        + " imputed, not-significant, see-metadata, confidential, not-available";
    return List.of(
        observation("dimension that is not one",
            observationWithKey("{'citizenship':'SY','gender':'female'}"),
            "observations[3].key.gender",
            "'gender' is not a dimension: expected sex, age-band, citizenship, country-of-origin,"
                + " country-of-asylum, or a publisher's dimension such as eurostat:unit"),
        observation("publisher's prefix in upper case",
            observationWithKey("{'Eurostat:unit':'PER'}"),
            "observations[3].key[\"Eurostat:unit\"]",
            "'Eurostat:unit' is not a dimension such as sex, age-band, citizenship, country-of-origin,"
                + " country-of-asylum or eurostat:unit: publisher 'Eurostat' is not a publisher's prefix: a lower-case"
                + " letter, then lower-case letters, digits and hyphens, such as eurostat"),
        observation("dimension without a publisher",
            observationWithKey("{':unit':'PER'}"),
            "observations[3].key[\":unit\"]",
            null),
        observation("category with white space at its end",
            observationWithKey("{'citizenship':'SY','sex':'female '}"),
            "observations[3].key.sex",
            "'female ' is not a category code (a string) such as female, 18-34 or SY: code must not start or end"
                + " with whitespace"),
        observation("category with a control character",
            observationWithKey("{'age-band':'18-\\u000a34'}"),
            "observations[3].key.age-band",
            "'18-\\u000a34' is not a category code (a string) such as female, 18-34 or SY: code must not contain"
                + " control characters"),
        observation("category of 101 characters",
            observationWithKey("{'citizenship':'" + "X".repeat(101) + "'}"),
            "observations[3].key.citizenship",
            "'" + "X".repeat(40) + "...' is not a category code (a string) such as female, 18-34 or SY: code must"
                + " be at most 100 characters, was 101"),
        observation("category as a number",
            observationWithKey("{'sex':1}"),
            "observations[3].key.sex",
            "expected a category code (a string) such as female, 18-34 or SY, found a whole number"),
        observation("category null",
            observationWithKey("{'sex':null}"),
            "observations[3].key.sex",
            "expected a category code (a string) such as female, 18-34 or SY, found null"),
        observation("dimension given twice",
            observationWithKey("{'sex':'female','citizenship':'SY','sex':'male'}"),
            "observations[3].key.sex",
            "property given twice"),
        observation("key as a list",
            observationWithKey("['sex','female']"),
            "observations[3].key",
            "expected an object of dimension codes to category codes, such as {\"sex\": \"female\"}, found an array"),
        observation("key of 101 dimensions",
            observationWithKey(keyOfDimensions(101)),
            "observations[3].key[\"x:d101\"]",
            "a key must not name more than 100 dimensions, found 101"),
        observation("unknown status",
            "{'metric':'resettled-persons','value':5,'statuses':['estimated','rounded'],'period':{'start':'2017'},'geography':{}}",
            "observations[3].statuses[1]",
            "unknown value 'rounded'; expected one of " + statuses),
        observation("status given twice",
            "{'metric':'resettled-persons','value':5,'statuses':['estimated','estimated'],'period':{'start':'2017'},'geography':{}}",
            "observations[3].statuses",
            "'estimated' is given twice; the elements of this set must differ"),
        observation("rounding as a bare unit",
            "{'metric':'resettled-persons','value':5,'rounding':5,'period':{'start':'2017'},'geography':{}}",
            "observations[3].rounding",
            "expected an object such as {\"toNearest\": 5}, found a whole number"),
        observation("rounding to the nearest 1",
            "{'metric':'resettled-persons','value':5,'rounding':{'toNearest':1},'period':{'start':'2017'},'geography':{}}",
            "observations[3].rounding.toNearest",
            "'1' is not a whole number from 2 to 2147483647"),
        observation("rounding with a decimal unit",
            "{'metric':'resettled-persons','value':5,'rounding':{'toNearest':5.0},'period':{'start':'2017'},'geography':{}}",
            "observations[3].rounding.toNearest",
            "expected a whole number from 2 to 2147483647, found a decimal number"),
        observation("rounding of another method",
            "{'metric':'resettled-persons','value':5,'rounding':{'toNearest':5,'random':true},'period':{'start':'2017'},'geography':{}}",
            "observations[3].rounding.random",
            "unknown property; expected one of: toNearest"),
        observation("rounding without a unit",
            "{'metric':'resettled-persons','value':5,'rounding':{},'period':{'start':'2017'},'geography':{}}",
            "observations[3].rounding.toNearest",
            "required but not set"),
        observation("observation without a period",
            "{'metric':'resettled-persons','value':5,'geography':{}}",
            "observations[3].period",
            "required but not set"));
  }

  //-----------------------------------------------------------------------
  private static BadDocument invalid(String name, Class<?> type, String singleQuotedJson) {
    return new BadDocument(name, type, json(singleQuotedJson), null, null);
  }

  /**
   * Returns documents that break a rule the JSON Schema states, each with the type whose definition
   * it is checked against. Readers refuse them too.
   */
  public static List<BadDocument> refusedBySchemaAndReaders() {
    return List.of(
        invalid("unknown property", Event.class, "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'venu':{}}"),
        invalid("missing required property", Event.class, "{'id':'e','title':{'en':'t'},'period':{'start':'2023'}}"),
        invalid("null for a required property", Event.class, "{'id':'e','title':null,'kind':'workshop','period':{'start':'2023'}}"),
        invalid("enum value in Java case", Event.class, "{'id':'e','title':{'en':'t'},'kind':'WORKSHOP','period':{'start':'2023'}}"),
        invalid("enum value as a number", Event.class, "{'id':'e','title':{'en':'t'},'kind':0,'period':{'start':'2023'}}"),
        invalid("repeated country in a set", Geography.class, "{'countries':['PL','PL']}"),
        invalid("lower-case country code", Place.class, "{'locality':{'pl':'Wrocław'},'country':'pl'}"),
        invalid("unassigned country code", Place.class, "{'locality':{'pl':'Wrocław'},'country':'XX'}"),
        invalid("unknown country group", Geography.class, "{'group':'EU99'}"),
        invalid("month 13", DateRange.class, "{'start':'2023-13'}"),
        invalid("year 0", DateRange.class, "{'start':'0000'}"),
        invalid("date with a time", DateRange.class, "{'start':'2023-06-29T10:00'}"),
        invalid("date as a number", DateRange.class, "{'start':2023}"),
        invalid("id with a space", Organisation.class, "{'id':'a b','name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("empty id", Organisation.class, "{'id':'','name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("id as a number", Organisation.class, "{'id':7,'name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("empty localised text", Organisation.class, "{'id':'o','name':{},'kind':'ngo-national'}"),
        invalid("localised text as a string", Organisation.class, "{'id':'o','name':'CCME','kind':'ngo-national'}"),
        invalid("negative count", Target.class, "{'metric':'places-offered','value':-1}"),
        invalid("decimal count", Target.class, "{'metric':'places-offered','value':1.5}"),
        invalid("quantity as text", Target.class, "{'metric':'places-offered','value':'about 50'}"),
        invalid("unknown qualifier", Target.class, "{'metric':'places-offered','value':{'qualifier':'roughly','value':50}}"),
        invalid("range without max", Target.class, "{'metric':'places-offered','value':{'qualifier':'range','min':5}}"),
        invalid("range with value", Target.class, "{'metric':'places-offered','value':{'qualifier':'range','min':5,'max':6,'value':5}}"),
        invalid("actor with two kinds", Membership.class, "{'member':{'person':'p','organisation':'o'},'organisation':'x'}"),
        invalid("actor of unknown kind", Membership.class, "{'member':{'state':'PT'},'organisation':'x'}"),
        invalid("actor naming a Java class", Membership.class, "{'member':{'@class':'org.resettlement.core.PersonId','value':'p'},'organisation':'x'}"),
        invalid("actor as a bare id", Membership.class, "{'member':'p','organisation':'x'}"),
        invalid("empty actor", Membership.class, "{'member':{},'organisation':'x'}"),
        invalid("amount as a number", MonetaryAmount.class, "{'amount':1250.00,'currency':'EUR'}"),
        invalid("amount with an exponent", MonetaryAmount.class, "{'amount':'1.25E3','currency':'EUR'}"),
        invalid("negative amount", MonetaryAmount.class, "{'amount':'-5','currency':'EUR'}"),
        invalid("currency in lower case", MonetaryAmount.class, "{'amount':'5','currency':'eur'}"),
        invalid("year with a letter", Funding.class, "{'year':'20x5'}"),
        invalid("period in words", Project.class, "{'id':'p','title':{'en':'t'},'duration':'two years'}"),
        invalid("schema version 2", Dataset.class, "{'schemaVersion':'2.0'}"),
        invalid("schema version as a number", Dataset.class, "{'schemaVersion':1.0}"),
        invalid("series ordinal 0", SeriesPosition.class, "{'series':{'en':'s'},'ordinal':0}"),
        invalid("boolean as a string", SeriesPosition.class, "{'series':{'en':'s'},'last':'true'}"),
        invalid("blank external identifier", ExternalIdentifier.class, "{'scheme':'iati','value':'   '}"),
        invalid("malformed language tag", LocalizedText.class, "{'e n':'text'}"),
        invalid("missing record component", QuotaTotal.class, "{'country':'PT','year':2007}"),
        invalid("null in a list", Campaign.class, "{'id':'c','name':{'en':'n'},'launchingOrganisations':['a',null]}"));
  }
}
