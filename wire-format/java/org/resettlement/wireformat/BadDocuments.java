package org.resettlement.wireformat;

import java.util.List;

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
   * @param definition the schema definition of the document's type, such as {@code Event}
   * @param json the document
   * @param path the path a reader reports, such as {@code events[2].period.end}, or null where it
   *     is not pinned down
   * @param reason the reason a reader reports, or null where it is not pinned down
   */
  public record BadDocument(String name, String definition, String json, String path, String reason) {

    /** Returns the core type the document is read as. */
    public Class<?> type() {
      try {
        return Class.forName("org.resettlement.core." + definition);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("no core type for the definition " + definition, e);
      }
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
    return new BadDocument(name, "Dataset", withThirdEvent(event), path, reason);
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
        event("event as an array",
            "['e2']",
            "events[2]", "expected an object, found an array"));
  }

  //-----------------------------------------------------------------------
  private static BadDocument invalid(String name, String definition, String singleQuotedJson) {
    return new BadDocument(name, definition, json(singleQuotedJson), null, null);
  }

  /**
   * Returns documents that break a rule the JSON Schema states, each with the definition it is
   * checked against. Readers refuse them too.
   */
  public static List<BadDocument> refusedBySchemaAndReaders() {
    return List.of(
        invalid("unknown property", "Event", "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'venu':{}}"),
        invalid("missing required property", "Event", "{'id':'e','title':{'en':'t'},'period':{'start':'2023'}}"),
        invalid("null for a required property", "Event", "{'id':'e','title':null,'kind':'workshop','period':{'start':'2023'}}"),
        invalid("enum value in Java case", "Event", "{'id':'e','title':{'en':'t'},'kind':'WORKSHOP','period':{'start':'2023'}}"),
        invalid("enum value as a number", "Event", "{'id':'e','title':{'en':'t'},'kind':0,'period':{'start':'2023'}}"),
        invalid("repeated country in a set", "Geography", "{'countries':['PL','PL']}"),
        invalid("lower-case country code", "Place", "{'locality':{'pl':'Wrocław'},'country':'pl'}"),
        invalid("unassigned country code", "Place", "{'locality':{'pl':'Wrocław'},'country':'XX'}"),
        invalid("unknown country group", "Geography", "{'group':'EU99'}"),
        invalid("month 13", "DateRange", "{'start':'2023-13'}"),
        invalid("year 0", "DateRange", "{'start':'0000'}"),
        invalid("date with a time", "DateRange", "{'start':'2023-06-29T10:00'}"),
        invalid("date as a number", "DateRange", "{'start':2023}"),
        invalid("id with a space", "Organisation", "{'id':'a b','name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("empty id", "Organisation", "{'id':'','name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("id as a number", "Organisation", "{'id':7,'name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("empty localised text", "Organisation", "{'id':'o','name':{},'kind':'ngo-national'}"),
        invalid("localised text as a string", "Organisation", "{'id':'o','name':'CCME','kind':'ngo-national'}"),
        invalid("negative count", "Target", "{'metric':'places-offered','value':-1}"),
        invalid("decimal count", "Target", "{'metric':'places-offered','value':1.5}"),
        invalid("quantity as text", "Target", "{'metric':'places-offered','value':'about 50'}"),
        invalid("unknown qualifier", "Target", "{'metric':'places-offered','value':{'qualifier':'roughly','value':50}}"),
        invalid("range without max", "Target", "{'metric':'places-offered','value':{'qualifier':'range','min':5}}"),
        invalid("range with value", "Target", "{'metric':'places-offered','value':{'qualifier':'range','min':5,'max':6,'value':5}}"),
        invalid("actor with two kinds", "Membership", "{'member':{'person':'p','organisation':'o'},'organisation':'x'}"),
        invalid("actor of unknown kind", "Membership", "{'member':{'state':'PT'},'organisation':'x'}"),
        invalid("actor naming a Java class", "Membership", "{'member':{'@class':'org.resettlement.core.PersonId','value':'p'},'organisation':'x'}"),
        invalid("actor as a bare id", "Membership", "{'member':'p','organisation':'x'}"),
        invalid("empty actor", "Membership", "{'member':{},'organisation':'x'}"),
        invalid("amount as a number", "MonetaryAmount", "{'amount':1250.00,'currency':'EUR'}"),
        invalid("amount with an exponent", "MonetaryAmount", "{'amount':'1.25E3','currency':'EUR'}"),
        invalid("negative amount", "MonetaryAmount", "{'amount':'-5','currency':'EUR'}"),
        invalid("currency in lower case", "MonetaryAmount", "{'amount':'5','currency':'eur'}"),
        invalid("year with a letter", "Funding", "{'year':'20x5'}"),
        invalid("period in words", "Project", "{'id':'p','title':{'en':'t'},'duration':'two years'}"),
        invalid("schema version 2", "Dataset", "{'schemaVersion':'2.0'}"),
        invalid("schema version as a number", "Dataset", "{'schemaVersion':1.0}"),
        invalid("series ordinal 0", "SeriesPosition", "{'series':{'en':'s'},'ordinal':0}"),
        invalid("boolean as a string", "SeriesPosition", "{'series':{'en':'s'},'last':'true'}"),
        invalid("blank external identifier", "ExternalIdentifier", "{'scheme':'iati','value':'   '}"),
        invalid("malformed language tag", "LocalizedText", "{'e n':'text'}"),
        invalid("missing record component", "QuotaTotal", "{'country':'PT','year':2007}"),
        invalid("null in a list", "Campaign", "{'id':'c','name':{'en':'n'},'launchingOrganisations':['a',null]}"));
  }
}
