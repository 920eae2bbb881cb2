package org.resettlement.testkit;

import static org.resettlement.testkit.Vocabulary.LANGUAGES;

import org.resettlement.core.LocalizedText;
import org.resettlement.core.OrganisationKind;
import org.resettlement.testkit.Vocabulary.Country;
import org.resettlement.testkit.Vocabulary.Language;
import org.resettlement.testkit.Vocabulary.Locality;

/**
 * Makes texts: titles in the languages of the seed documents, and the names of organisations of
 * every kind, in the local language with an English variant and, where they have one, an
 * acronym.
 */
final class TextSampler {
  private final Draw draw;

  TextSampler(Draw draw) {
    this.draw = draw;
  }

  /** The title of an event or a project, in any seed language. */
  LocalizedText localizedText() {
    Language language = draw.pick(LANGUAGES);
    return draw.chance(50)
        ? draw.pick(language.eventTitleTexts)
        : draw.pick(language.projectTitles);
  }

  //-----------------------------------------------------------------------
  /** A name and, where it has one, its acronym; else a null acronym. */
  record Named(LocalizedText text, String acronym) {}

  /** The name of an organisation of a kind, in a country and, for a local one, a town. */
  Named organisationName(OrganisationKind kind, Country country, Locality locality) {
    Language language = country.language();
    switch (kind) {
      case NGO_NATIONAL:
      case OTHER:
        return civilName(country, locality, draw.pick(language.civilPrefixes), true);
      case FOUNDATION:
        return civilName(country, locality, language.foundation, true);
      case FAITH_BASED:
        return civilName(country, locality, language.faithBased, false);
      case ACADEMIC:
        return civilName(country, locality, language.academic, false);
      case PRIVATE_SECTOR:
        return civilName(country, locality, language.socialEnterprise, false);
      case PUBLIC_INSTITUTION:
        return townName(language, language.library, locality, " Public Library", true);
      case LOCAL_AUTHORITY:
        return townName(language, language.municipality, locality, null, false);
      case REGIONAL_AUTHORITY:
        return new Named(locality.region(), null);
      case GOVERNMENT:
        return new Named(country.government(), null);
      case ASSOCIATION_OF_AUTHORITIES:
        return new Named(country.authorities(), Vocabulary.acronym(country.authorities().text()));
      case INTERGOVERNMENTAL:
        String[] body = draw.pick(Vocabulary.INTERGOVERNMENTAL);
        return new Named(LocalizedText.of("en", body[0]).and("fr", body[1]), body[2]);
      default:
        String name =
            draw.pick(Vocabulary.INTERNATIONAL_QUALIFIERS) + " " + draw.pick(Vocabulary.INTERNATIONAL_NOUNS)
                + " " + draw.pick(Vocabulary.INTERNATIONAL_TOPICS);
        return new Named(LocalizedText.of("en", name), Vocabulary.acronym(name));
    }
  }

  /**
   * A name such as "Associação de Apoio a Migrantes de Lisboa" / "Lisbon Association for Migrant
   * Support": a prefix, perhaps a topic, and the town (or, in Polish, a patron).
   */
  Named civilName(Country country, Locality locality, String[] prefix, boolean withTopic) {
    Language language = country.language();
    String[] topic = withTopic ? draw.pick(language.topics) : null;
    String local = topic == null ? prefix[0] : prefix[0] + " " + topic[0];
    String english = topic == null ? prefix[1] : prefix[1] + " " + topic[1];
    if (language.patrons != null) {
      String[] patron = draw.pick(language.patrons);
      local = local + " " + patron[0];
      english = patron[1] + " " + english;
    } else if (language.cityLink != null) {
      local = local + language.cityLink + locality.name();
      english = locality.englishName() + " " + english;
    } else {
      local = locality.name() + " " + local;
      english = local;
    }
    return new Named(Vocabulary.text(language.tag, local, english), Vocabulary.acronym(local));
  }

  /** A name made of a town's name between a prefix and a suffix: "Gmina Chrzanów". */
  private static Named townName(
      Language language, String[] affixes, Locality locality, String englishSuffix, boolean withAcronym) {
    String local = affixes[0] + locality.name() + affixes[1];
    String english =
        englishSuffix != null ? locality.englishName() + englishSuffix : "Municipality of " + locality.englishName();
    return new Named(
        Vocabulary.text(language.tag, local, language.isEnglish() ? local : english),
        withAcronym ? Vocabulary.acronym(local) : null);
  }
}
