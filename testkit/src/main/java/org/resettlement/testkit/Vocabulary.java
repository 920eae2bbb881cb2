package org.resettlement.testkit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.StatisticMetric;

/**
 * The words sample data is made of: places, names, titles and phrases in the languages of the
 * seed documents (Polish, Portuguese, Romanian, French, German and English).
 *
 * <p>Lists are short and every entry is a real word or a plausible name; pairs are {@code {local,
 * English}}. Changing, adding or reordering an entry changes the values a seed gives, so each such
 * change is listed in the changelog.
 */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * The metrics that documents quote, which statistics and campaign targets are drawn from. The
   * metrics added for official cubes (returns, naturalisations, asylum decisions) are left out, so
   * that a seed keeps drawing the records it drew before they existed.
   */
  static final StatisticMetric[] DOCUMENT_METRICS = {
    StatisticMetric.RESETTLEMENT_NEEDS, StatisticMetric.PLACES_OFFERED, StatisticMetric.SUBMISSIONS,
    StatisticMetric.DEPARTURES, StatisticMetric.ARRIVALS, StatisticMetric.RESETTLED_PERSONS,
    StatisticMetric.RESETTLING_COUNTRIES
  };

  /** The reserved second-level domains (RFC 2606) that sample addresses use. */
  static final String[] DOMAINS = {"example.org", "example.net", "example.com"};

  /** Prepositions long enough to pass for words in {@link #acronym(String)}; declared early, as
   * the languages below use it while they are built. */
  private static final Set<String> NOT_IN_ACRONYMS =
      Set.of("pentru", "para", "pour", "with", "from", "sobre", "über", "nad");

  //-----------------------------------------------------------------------
  /** The words of one language. Every {@code String[]} pair is {@code {local, English}}. */
  static final class Language {
    final String tag;
    final String[][] civilPrefixes;
    final String[] foundation;
    final String[] faithBased;
    final String[] academic;
    final String[] socialEnterprise;
    final String[][] topics;
    /** Patrons named in organisation names instead of a town (Polish); null otherwise. */
    final String[][] patrons;
    /** What joins a name and its town ("de", "din"); null when the town comes first (English). */
    final String cityLink;
    /** The prefix and suffix around a town's name that name its council. */
    final String[] municipality;
    final String[] library;
    final String mailbox;
    final String newsPath;
    final String[] givenNames;
    final String[] familyNames;
    final String[] honorifics;
    final LocalizedText[] roles;
    final String[][] eventTitles;
    final LocalizedText[] eventTitleTexts;
    final String[] eventTitleSlugs;
    final LocalizedText[] projectTitles;
    final String[] projectAcronyms;
    final LocalizedText[] targetGroups;
    final String[][] documentTypes;
    final LocalizedText[] summaries;

    Language(
        String tag,
        String[][] civilPrefixes,
        String[] foundation,
        String[] faithBased,
        String[] academic,
        String[] socialEnterprise,
        String[][] topics,
        String[][] patrons,
        String cityLink,
        String[] municipality,
        String[] library,
        String mailbox,
        String newsPath,
        String[] givenNames,
        String[] familyNames,
        String[] honorifics,
        String[][] roles,
        String[][] eventTitles,
        String[][] projectTitles,
        String[][] targetGroups,
        String[][] documentTypes,
        String[][] summaries) {
      this.tag = tag;
      this.civilPrefixes = civilPrefixes;
      this.foundation = foundation;
      this.faithBased = faithBased;
      this.academic = academic;
      this.socialEnterprise = socialEnterprise;
      this.topics = topics;
      this.patrons = patrons;
      this.cityLink = cityLink;
      this.municipality = municipality;
      this.library = library;
      this.mailbox = mailbox;
      this.newsPath = newsPath;
      this.givenNames = givenNames;
      this.familyNames = familyNames;
      this.honorifics = honorifics;
      this.roles = texts(tag, roles);
      this.eventTitles = eventTitles;
      this.eventTitleTexts = texts(tag, eventTitles);
      this.eventTitleSlugs = new String[eventTitles.length];
      for (int i = 0; i < eventTitles.length; i++) {
        eventTitleSlugs[i] = slug(eventTitles[i][0]);
      }
      this.projectTitles = texts(tag, projectTitles);
      this.projectAcronyms = new String[projectTitles.length];
      for (int i = 0; i < projectTitles.length; i++) {
        projectAcronyms[i] = acronym(projectTitles[i][0]);
      }
      this.targetGroups = texts(tag, targetGroups);
      this.documentTypes = documentTypes;
      this.summaries = texts(tag, summaries);
    }

    boolean isEnglish() {
      return tag.equals("en");
    }

    private static LocalizedText[] texts(String tag, String[][] pairs) {
      LocalizedText[] texts = new LocalizedText[pairs.length];
      for (int i = 0; i < pairs.length; i++) {
        texts[i] = text(tag, pairs[i][0], pairs[i][1]);
      }
      return texts;
    }
  }

  /** A town or city, with its region as the body that governs it is named. */
  record Locality(
      String name,
      String englishName,
      LocalizedText text,
      LocalizedText region,
      double latitude,
      double longitude,
      String ascii) {}

  /** A country the sample organisations, people and events are in. */
  record Country(
      CountryCode code,
      String englishName,
      Language language,
      String callingCode,
      int subscriberDigits,
      Currency currency,
      LocalizedText government,
      LocalizedText authorities,
      String registerPrefix,
      int registerDigits,
      Locality[] localities) {}

  //-----------------------------------------------------------------------
  static final Language POLISH =
      new Language(
          "pl",
          new String[][] {
            {"Fundacja", "Foundation"}, {"Stowarzyszenie", "Association"}, {"Centrum", "Centre"}
          },
          new String[] {"Fundacja", "Foundation"},
          new String[] {"Ekumeniczna Fundacja", "Ecumenical Foundation"},
          new String[] {"Instytut Badań nad Migracjami", "Institute for Migration Research"},
          new String[] {"Spółdzielnia Socjalna", "Social Cooperative"},
          new String[][] {
            {"Pomocy Uchodźcom", "for Refugee Assistance"},
            {"Wsparcia Migrantów", "for Migrant Support"},
            {"Dialogu Międzykulturowego", "for Intercultural Dialogue"},
            {"Praw Człowieka", "for Human Rights"}
          },
          new String[][] {
            {"im. Janusza Korczaka", "Janusz Korczak"},
            {"im. Ireny Sendlerowej", "Irena Sendler"},
            {"im. Jana Karskiego", "Jan Karski"},
            {"im. Marii Skłodowskiej-Curie", "Maria Skłodowska-Curie"}
          },
          null,
          new String[] {"Gmina ", ""},
          new String[] {"Biblioteka Publiczna Gminy ", ""},
          "kontakt",
          "aktualnosci",
          new String[] {
            "Agnieszka", "Małgorzata", "Katarzyna", "Łukasz", "Paweł", "Wojciech", "Zofia",
            "Grzegorz", "Bożena", "Jędrzej"
          },
          new String[] {
            "Nowak", "Wójcik", "Mazur", "Krawczyk", "Zając", "Król", "Wróbel", "Dudek", "Sowa",
            "Błaszczyk", "Gołąb", "Kołodziej"
          },
          new String[] {"dr", "dr hab.", "prof."},
          new String[][] {
            {"Prezes Zarządu", "President of the Board"},
            {"Koordynator projektu", "Project coordinator"},
            {"Dyrektor", "Director"},
            {"Rzecznik prasowy", "Press officer"}
          },
          new String[][] {
            {
              "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców",
              "CSOs at the forefront of refugees support"
            },
            {"Warsztaty o przesiedleniach uchodźców", "Workshop on refugee resettlement"},
            {
              "Integracja cudzoziemców w małych gminach",
              "Integrating foreigners in small municipalities"
            },
            {
              "Spotkanie sieci miast przyjaznych migrantom",
              "Meeting of the network of migrant-friendly cities"
            }
          },
          new String[][] {
            {"Razem w bibliotece", "Together in the library"},
            {"Bezpieczny start", "A safe start"},
            {"Sąsiedzi bez granic", "Neighbours without borders"}
          },
          new String[][] {
            {"osoby z Ukrainy", "people from Ukraine"},
            {"mieszkańcy gminy", "residents of the municipality"}
          },
          new String[][] {
            {"Komunikat prasowy", "Press release"}, {"Relacja z wydarzenia", "Event report"}
          },
          new String[][] {
            {
              "Współpraca samorządów i organizacji pozarządowych na rzecz integracji uchodźców.",
              "Cooperation of local governments and NGOs for the integration of refugees."
            },
            {
              "Wsparcie prawne, językowe i mieszkaniowe dla osób przesiedlonych.",
              "Legal, language and housing support for resettled people."
            }
          });

  static final Language PORTUGUESE =
      new Language(
          "pt",
          new String[][] {
            {"Associação", "Association"}, {"Conselho", "Council"}, {"Centro", "Centre"}
          },
          new String[] {"Fundação", "Foundation"},
          new String[] {"Serviço Paroquial", "Parish Service"},
          new String[] {"Instituto de Estudos sobre Migrações", "Institute for Migration Studies"},
          new String[] {"Cooperativa Social", "Social Cooperative"},
          new String[][] {
            {"para a Integração de Refugiados", "for Refugee Integration"},
            {"de Apoio a Migrantes", "for Migrant Support"},
            {"para os Direitos Humanos", "for Human Rights"}
          },
          null,
          " de ",
          new String[] {"Câmara Municipal de ", ""},
          new String[] {"Biblioteca Municipal de ", ""},
          "geral",
          "noticias",
          new String[] {
            "João", "José", "Maria", "Inês", "Conceição", "Gonçalo", "Sebastião", "Luísa", "Márcia",
            "Rui"
          },
          new String[] {
            "Magalhães", "Gonçalves", "Simões", "Araújo", "Fernandes", "Sá", "Lopes", "Brandão",
            "Guimarães"
          },
          new String[] {"Dr.", "Prof."},
          new String[][] {
            {"Presidente da Direção", "President of the Board"},
            {"Coordenador de projeto", "Project coordinator"},
            {"Diretor Executivo", "Executive director"},
            {"Assessor de imprensa", "Press officer"}
          },
          new String[][] {
            {"Seminário sobre reinstalação de refugiados", "Seminar on refugee resettlement"},
            {
              "Acolhimento e integração: o papel dos municípios",
              "Reception and integration: the role of municipalities"
            },
            {
              "Encontro nacional de organizações de apoio a refugiados",
              "National meeting of refugee support organisations"
            }
          },
          new String[][] {
            {"Juntos na comunidade", "Together in the community"},
            {"Novos vizinhos", "New neighbours"}
          },
          new String[][] {
            {"refugiados reinstalados", "resettled refugees"},
            {"famílias de acolhimento", "host families"}
          },
          new String[][] {{"Comunicado de imprensa", "Press release"}, {"Notícia", "News item"}},
          new String[][] {
            {
              "Acolhimento e integração de refugiados reinstalados em Portugal.",
              "Reception and integration of resettled refugees in Portugal."
            },
            {
              "Formação de técnicos municipais sobre proteção internacional.",
              "Training of municipal staff on international protection."
            }
          });

  static final Language ROMANIAN =
      new Language(
          "ro",
          new String[][] {
            {"Asociația", "Association"}, {"Centrul", "Centre"}, {"Liga", "League"}
          },
          new String[] {"Fundația", "Foundation"},
          new String[] {"Asociația Creștină", "Christian Association"},
          new String[] {"Institutul pentru Studiul Migrației", "Institute for the Study of Migration"},
          new String[] {"Cooperativa Socială", "Social Cooperative"},
          new String[][] {
            {"pentru Refugiați", "for Refugees"},
            {"pentru Integrarea Migranților", "for Migrant Integration"},
            {"pentru Drepturile Omului", "for Human Rights"}
          },
          null,
          " din ",
          new String[] {"Primăria ", ""},
          new String[] {"Biblioteca Municipală ", ""},
          "contact",
          "stiri",
          new String[] {
            "Ștefan", "Ioana", "Mihai", "Bianca", "Răzvan", "Alexandra", "Andreea", "Tudor",
            "Cătălina", "Dumitru"
          },
          new String[] {
            "Popescu", "Ionescu", "Țurcanu", "Mărgineanu", "Dumitrașcu", "Stănescu", "Rusu",
            "Botezatu", "Ceban", "Nistor"
          },
          new String[] {"dr.", "prof. univ. dr."},
          new String[][] {
            {"Președinte", "President"},
            {"Coordonator de proiect", "Project coordinator"},
            {"Director executiv", "Executive director"},
            {"Purtător de cuvânt", "Spokesperson"}
          },
          new String[][] {
            {"Atelier privind integrarea refugiaților", "Workshop on refugee integration"},
            {
              "Reuniunea comunității de practică privind migrația și drepturile omului",
              "Meeting of the community of practice on migration and human rights"
            },
            {
              "Conferința autorităților locale despre migrație",
              "Conference of local authorities on migration"
            }
          },
          new String[][] {
            {"Împreună pentru integrare", "Together for integration"},
            {"Orașe deschise", "Open cities"}
          },
          new String[][] {
            {"refugiați din Ucraina", "refugees from Ukraine"},
            {"autorități locale", "local authorities"}
          },
          new String[][] {{"Comunicat de presă", "Press release"}, {"Știre", "News item"}},
          new String[][] {
            {
              "Schimb de bune practici între municipalități privind primirea refugiaților.",
              "Exchange of good practice between municipalities on receiving refugees."
            },
            {
              "Consiliere juridică și cursuri de limbă pentru persoanele strămutate.",
              "Legal counselling and language courses for displaced people."
            }
          });

  static final Language FRENCH =
      new Language(
          "fr",
          new String[][] {
            {"Association", "Association"}, {"Centre", "Centre"}, {"Collectif", "Collective"}
          },
          new String[] {"Fondation", "Foundation"},
          new String[] {"Entraide protestante", "Protestant Mutual Aid"},
          new String[] {"Institut de recherche sur les migrations", "Institute for Migration Research"},
          new String[] {"Coopérative d'insertion", "Integration Cooperative"},
          new String[][] {
            {"d'aide aux réfugiés", "for Refugee Assistance"},
            {"pour l'intégration des migrants", "for Migrant Integration"},
            {"pour les droits de l'homme", "for Human Rights"}
          },
          null,
          " de ",
          new String[] {"Ville de ", ""},
          new String[] {"Médiathèque de ", ""},
          "contact",
          "actualites",
          new String[] {
            "Émilie", "François", "Hélène", "Jérôme", "Céline", "Loïc", "Amélie", "Benoît"
          },
          new String[] {
            "Lefèvre", "Dubois", "Bénard", "Moreau", "Girard", "Rousseau", "Lemaître", "Fournier"
          },
          new String[] {"Dr", "Pr"},
          new String[][] {
            {"Présidence du conseil d'administration", "Chair of the board"},
            {"Chargé de projet", "Project officer"},
            {"Direction générale", "General management"},
            {"Responsable de la communication", "Head of communications"}
          },
          new String[][] {
            {
              "Séminaire sur la réinstallation des réfugiés en Europe",
              "Seminar on refugee resettlement in Europe"
            },
            {
              "Journée d'étude : accueillir les réfugiés réinstallés",
              "Study day: welcoming resettled refugees"
            },
            {"Rencontre des villes accueillantes", "Meeting of welcoming cities"}
          },
          new String[][] {
            {"Bienvenue dans ma ville", "Welcome to my town"}, {"Premiers pas", "First steps"}
          },
          new String[][] {
            {"réfugiés réinstallés", "resettled refugees"}, {"bénévoles", "volunteers"}
          },
          new String[][] {
            {"Communiqué de presse", "Press release"}, {"Compte rendu", "Report"}
          },
          new String[][] {
            {
              "Accompagnement social et juridique des personnes réinstallées.",
              "Social and legal support for resettled people."
            },
            {
              "Échanges entre villes sur l'accueil des réfugiés.",
              "Exchanges between cities on receiving refugees."
            }
          });

  static final Language GERMAN =
      new Language(
          "de",
          new String[][] {
            {"Verein", "Association"}, {"Zentrum", "Centre"}, {"Initiative", "Initiative"}
          },
          new String[] {"Stiftung", "Foundation"},
          new String[] {"Diakonisches Werk", "Diaconal Agency"},
          new String[] {"Institut für Migrationsforschung", "Institute for Migration Research"},
          new String[] {"Sozialgenossenschaft", "Social Cooperative"},
          new String[][] {
            {"für Flüchtlingshilfe", "for Refugee Assistance"},
            {"für Migration und Integration", "for Migration and Integration"},
            {"für Menschenrechte", "for Human Rights"}
          },
          null,
          " ",
          new String[] {"Stadt ", ""},
          new String[] {"Stadtbibliothek ", ""},
          "info",
          "aktuelles",
          new String[] {
            "Jürgen", "Björn", "Käthe", "Sören", "Anneliese", "Lukas", "Jörg", "Mareike"
          },
          new String[] {"Müller", "Schröder", "Weiß", "Krüger", "Köhler", "Hoffmann", "Schäfer", "Vogel"},
          new String[] {"Dr.", "Prof. Dr."},
          new String[][] {
            {"Vorstandsvorsitz", "Chair of the board"},
            {"Projektleitung", "Project lead"},
            {"Geschäftsführung", "Managing director"},
            {"Pressestelle", "Press office"}
          },
          new String[][] {
            {
              "Fachtagung Resettlement und kommunale Aufnahme",
              "Conference on resettlement and municipal reception"
            },
            {"Workshop: Integration vor Ort gestalten", "Workshop: shaping local integration"},
            {"Netzwerktreffen Flüchtlingshilfe", "Refugee support network meeting"}
          },
          new String[][] {
            {"Ankommen in der Stadt", "Arriving in the city"},
            {"Nachbarschaft verbindet", "Neighbourhood connects"}
          },
          new String[][] {
            {"geflüchtete Familien", "refugee families"}, {"Ehrenamtliche", "volunteers"}
          },
          new String[][] {{"Pressemitteilung", "Press release"}, {"Bericht", "Report"}},
          new String[][] {
            {
              "Beratung und Begleitung von Geflüchteten im Resettlement-Programm.",
              "Advice and support for refugees in the resettlement programme."
            },
            {
              "Austausch zwischen Kommunen über die Aufnahme von Schutzsuchenden.",
              "Exchange between municipalities on receiving people seeking protection."
            }
          });

  static final Language ENGLISH =
      new Language(
          "en",
          new String[][] {
            {"Council", "Council"}, {"Centre", "Centre"}, {"Network", "Network"}
          },
          new String[] {"Foundation", "Foundation"},
          new String[] {"Churches Together", "Churches Together"},
          new String[] {"Institute for Migration Studies", "Institute for Migration Studies"},
          new String[] {"Social Enterprise", "Social Enterprise"},
          new String[][] {
            {"for Refugee Support", "for Refugee Support"},
            {"for Migrant Integration", "for Migrant Integration"},
            {"for Human Rights", "for Human Rights"}
          },
          null,
          null,
          new String[] {"", " City Council"},
          new String[] {"", " Central Library"},
          "info",
          "news",
          new String[] {"Kevin", "Sarah", "Eleanor", "Oliver", "Aisha", "Thomas", "Siobhán", "Niamh"},
          new String[] {"Allen", "O'Brien", "Clarke", "Patel", "Hughes", "Whitaker", "Ó Briain", "Okafor"},
          new String[] {"Dr", "Prof."},
          new String[][] {
            {"Director", "Director"},
            {"Project coordinator", "Project coordinator"},
            {"Policy officer", "Policy officer"},
            {"Chair of the board", "Chair of the board"}
          },
          new String[][] {
            {"Workshop on refugee resettlement", "Workshop on refugee resettlement"},
            {
              "Community sponsorship: lessons from the first decade",
              "Community sponsorship: lessons from the first decade"
            },
            {"Panel on safe and legal pathways", "Panel on safe and legal pathways"}
          },
          new String[][] {
            {
              "Strengthening resilience in local and regional authorities facing migration challenges",
              "Strengthening resilience in local and regional authorities facing migration challenges"
            },
            {"Share the welcome", "Share the welcome"}
          },
          new String[][] {
            {"unaccompanied minors", "unaccompanied minors"},
            {"local authorities", "local authorities"}
          },
          new String[][] {
            {"Press release", "Press release"}, {"Annual report", "Annual report"}
          },
          new String[][] {
            {
              "Advocacy for more resettlement places and better reception in Europe.",
              "Advocacy for more resettlement places and better reception in Europe."
            },
            {
              "Training and peer exchange for local authorities receiving refugees.",
              "Training and peer exchange for local authorities receiving refugees."
            }
          });

  static final Language[] LANGUAGES = {POLISH, PORTUGUESE, ROMANIAN, FRENCH, GERMAN, ENGLISH};

  /** The ASCII forms of the people's names, folded once rather than for every person. */
  private static final Map<String, String> FOLDED_NAMES = foldedNames();

  private static Map<String, String> foldedNames() {
    Map<String, String> folded = new HashMap<>();
    for (Language language : LANGUAGES) {
      for (String name : language.givenNames) {
        folded.put(name, ascii(name));
      }
      for (String name : language.familyNames) {
        folded.put(name, ascii(name));
      }
    }
    return folded;
  }

  /** The ASCII form of a given or family name from the lists above, as {@link #ascii} gives it. */
  static String foldedName(String name) {
    String folded = FOLDED_NAMES.get(name);
    return folded != null ? folded : ascii(name);
  }

  //-----------------------------------------------------------------------
  static final Country[] COUNTRIES = {
    country("PL", "Poland", POLISH, "48", 9, "PLN",
        new String[] {"Ministerstwo Spraw Wewnętrznych i Administracji", "Ministry of the Interior and Administration"},
        new String[] {"Związek Miast Polskich", "Association of Polish Cities"},
        "PL-KRS-", 10,
        locality("Wrocław", null, "Województwo dolnośląskie", "Lower Silesian Voivodeship", 51.1079, 17.0385),
        locality("Hrubieszów", null, "Województwo lubelskie", "Lublin Voivodeship", 50.8049, 23.8923),
        locality("Rzeszów", null, "Województwo podkarpackie", "Subcarpathian Voivodeship", 50.0412, 21.9991),
        locality("Chrzanów", null, "Województwo małopolskie", "Lesser Poland Voivodeship", 50.1355, 19.4023),
        locality("Warszawa", "Warsaw", "Województwo mazowieckie", "Masovian Voivodeship", 52.2297, 21.0122),
        locality("Łódź", null, "Województwo łódzkie", "Łódź Voivodeship", 51.7592, 19.4560),
        locality("Gdańsk", null, "Województwo pomorskie", "Pomeranian Voivodeship", 54.3520, 18.6466)),
    country("RO", "Romania", ROMANIAN, "40", 9, "RON",
        new String[] {"Ministerul Afacerilor Interne", "Ministry of Internal Affairs"},
        new String[] {"Asociația Municipiilor din România", "Association of Municipalities of Romania"},
        null, 0,
        locality("Măgurele", null, "Județul Ilfov", "Ilfov County", 44.3500, 26.0300),
        locality("Bogdan Vodă", null, "Județul Maramureș", "Maramureș County", 47.6890, 24.2700),
        locality("Tulcea", null, "Județul Tulcea", "Tulcea County", 45.1716, 28.7914),
        locality("Iași", null, "Județul Iași", "Iași County", 47.1585, 27.6014),
        locality("Timișoara", null, "Județul Timiș", "Timiș County", 45.7489, 21.2087),
        locality("București", "Bucharest", "Municipiul București", "Bucharest Municipality", 44.4268, 26.1025)),
    country("MD", "Moldova", ROMANIAN, "373", 8, "MDL",
        new String[] {"Ministerul Afacerilor Interne", "Ministry of Internal Affairs"},
        new String[] {"Congresul Autorităților Locale din Moldova", "Congress of Local Authorities of Moldova"},
        null, 0,
        locality("Strășeni", null, "Raionul Strășeni", "Strășeni District", 47.1416, 28.6103),
        locality("Edineț", null, "Raionul Edineț", "Edineț District", 48.1681, 27.3050),
        locality("Vinogradovca", null, "Raionul Taraclia", "Taraclia District", 45.8700, 28.6400),
        locality("Chișinău", null, "Municipiul Chișinău", "Chișinău Municipality", 47.0105, 28.8638)),
    country("PT", "Portugal", PORTUGUESE, "351", 9, "EUR",
        new String[] {"Ministério da Administração Interna", "Ministry of Internal Administration"},
        new String[] {"Associação Nacional de Municípios Portugueses", "National Association of Portuguese Municipalities"},
        null, 0,
        locality("Lisboa", "Lisbon", "Área Metropolitana de Lisboa", "Lisbon Metropolitan Area", 38.7223, -9.1393),
        locality("Coimbra", null, "Região de Coimbra", "Coimbra Region", 40.2033, -8.4103),
        locality("Braga", null, "Cávado", "Cávado", 41.5454, -8.4265),
        locality("Évora", null, "Alentejo Central", "Central Alentejo", 38.5714, -7.9135),
        locality("Setúbal", null, "Península de Setúbal", "Setúbal Peninsula", 38.5244, -8.8882)),
    country("FR", "France", FRENCH, "33", 9, "EUR",
        new String[] {"Ministère de l'Intérieur", "Ministry of the Interior"},
        new String[] {"Association des maires de France", "Association of French Mayors"},
        "FR-RNA-W", 9,
        locality("Strasbourg", null, "Région Grand Est", "Grand Est Region", 48.5734, 7.7521),
        locality("Lyon", null, "Région Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes Region", 45.7640, 4.8357),
        locality("Nantes", null, "Région Pays de la Loire", "Pays de la Loire Region", 47.2184, -1.5536),
        locality("Besançon", null, "Région Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté Region", 47.2378, 6.0241)),
    country("DE", "Germany", GERMAN, "49", 10, "EUR",
        new String[] {"Bundesministerium des Innern", "Federal Ministry of the Interior"},
        new String[] {"Deutscher Städtetag", "Association of German Cities"},
        null, 0,
        locality("Göttingen", null, "Land Niedersachsen", "Lower Saxony", 51.5413, 9.9158),
        locality("Köln", "Cologne", "Land Nordrhein-Westfalen", "North Rhine-Westphalia", 50.9375, 6.9603),
        locality("München", "Munich", "Freistaat Bayern", "Bavaria", 48.1351, 11.5820),
        locality("Lüneburg", null, "Land Niedersachsen", "Lower Saxony", 53.2464, 10.4115)),
    country("GB", "the United Kingdom", ENGLISH, "44", 10, "GBP",
        new String[] {"Home Office", "Home Office"},
        new String[] {"Local Government Association", "Local Government Association"},
        "GB-CHC-", 7,
        locality("Manchester", null, "Greater Manchester", "Greater Manchester", 53.4808, -2.2426),
        locality("Sheffield", null, "South Yorkshire", "South Yorkshire", 53.3811, -1.4701),
        locality("Glasgow", null, "Glasgow City", "Glasgow City", 55.8642, -4.2518)),
    country("IE", "Ireland", ENGLISH, "353", 9, "EUR",
        new String[] {"Department of Justice", "Department of Justice"},
        new String[] {"Association of Irish Local Government", "Association of Irish Local Government"},
        null, 0,
        locality("Dublin", null, "County Dublin", "County Dublin", 53.3498, -6.2603),
        locality("Galway", null, "County Galway", "County Galway", 53.2707, -9.0568)),
  };

  //-----------------------------------------------------------------------
  /** Intergovernmental bodies: {English name, French name, acronym}. */
  static final String[][] INTERGOVERNMENTAL = {
    {"Office of the United Nations High Commissioner for Refugees", "Haut Commissariat des Nations unies pour les réfugiés", "UNHCR"},
    {"International Organization for Migration", "Organisation internationale pour les migrations", "IOM"},
    {"Council of Europe", "Conseil de l'Europe", "CoE"},
    {"European Union Agency for Asylum", "Agence de l'Union européenne pour l'asile", "EUAA"},
    {"International Centre for Migration Policy Development", "Centre international pour le développement des politiques migratoires", "ICMPD"}
  };

  /** The first words of the names of international networks and NGOs. */
  static final String[] INTERNATIONAL_QUALIFIERS = {"European", "International", "Transnational"};

  static final String[] INTERNATIONAL_NOUNS = {"Network", "Platform", "Alliance", "Council"};

  static final String[] INTERNATIONAL_TOPICS = {
    "on Refugee Resettlement", "for Migrant Integration", "of Welcoming Cities", "on Refugees and Exiles"
  };

  /** Headquarters of international bodies, as indexes into {@link #COUNTRIES}. */
  static final int[] INTERNATIONAL_SEATS = {4, 0, 3, 5};

  //-----------------------------------------------------------------------
  /** Campaign names: {tag, local, English}; a year is added to each. */
  static final String[][] CAMPAIGN_NAMES = {
    {"en", "Resettlement saves lives", "Resettlement saves lives"},
    {"pl", "Przesiedlenia ratują życie", "Resettlement saves lives"},
    {"en", "Share the welcome", "Share the welcome"},
    {"fr", "Villes accueillantes", "Welcoming cities"},
    {"de", "Sichere Zugangswege jetzt", "Safe pathways now"},
    {"pt", "Portugal acolhe", "Portugal welcomes"},
    {"ro", "Orașe solidare", "Cities of solidarity"}
  };

  /** Funding programmes: {tag, local, English}. */
  static final String[][] PROGRAMMES = {
    {"en", "Asylum, Migration and Integration Fund", "Asylum, Migration and Integration Fund"},
    {"pl", "Fundusz Aktywni Obywatele – Regionalny", "Active Citizens Fund – Regional"},
    {"en", "European Refugee Fund Community Actions", "European Refugee Fund Community Actions"},
    {"en", "Citizens, Equality, Rights and Values programme", "Citizens, Equality, Rights and Values programme"},
    {"de", "Bundesprogramm Integration durch Qualifizierung", "Integration through Qualification federal programme"},
    {"en", "EEA and Norway Grants", "EEA and Norway Grants"}
  };

  /** Series of events: {tag, local, English}. */
  static final String[][] SERIES = {
    {"ro", "Comunitatea de practică privind migrația și drepturile omului", "Community of Practice on Migration and Human Rights"},
    {"pl", "Cykl spotkań „Otwarte miasta”", "“Open cities” meeting series"},
    {"en", "European resettlement workshops", "European resettlement workshops"},
    {"fr", "Rencontres régionales de l'accueil", "Regional reception meetings"}
  };

  /** Session titles: {tag, local, English}. */
  static final String[][] SESSION_TITLES = {
    {"en", "Opening", "Opening"},
    {"pl", "Partnerstwa międzysektorowe na rzecz integracji", "Cross-sector partnerships for integration"},
    {"en", "Resettlement in practice", "Resettlement in practice"},
    {"en", "The role of local and regional authorities", "The role of local and regional authorities"},
    {"pt", "Testemunhos de refugiados reinstalados", "Testimonies of resettled refugees"}
  };

  /** Contributions of participants: {tag, local, English}. */
  static final String[][] CONTRIBUTIONS = {
    {"en", "opening address", "opening address"},
    {"en", "keynote speech", "keynote speech"},
    {"pl", "prezentacja projektu", "presentation of the project"},
    {"en", "closing remarks", "closing remarks"},
    {"fr", "présentation des résultats de l'étude", "presentation of the study's findings"}
  };

  /** Topics discussed at events, in English. */
  static final String[] TOPICS = {
    "community sponsorship", "family reunification", "reception and integration",
    "pre-departure orientation", "housing", "access to the labour market",
    "mental health support", "language learning", "safe and legal pathways"
  };

  /** Notes on how a statistic or a source was read. */
  static final String[] NOTES = {
    "The year is inferred from the context of the source.",
    "Figures as reported by the organisers.",
    "Provisional figures; the final count may differ.",
    "Rounded in the source."
  };

  /** Labels of contact points. */
  static final String[] CONTACT_LABELS = {"press office", "general enquiries", "project office"};

  /** Countries refugees come from, as nationality allocations and breakdowns name them. */
  static final CountryCode[] ORIGINS =
      codes("SY", "AF", "ER", "SO", "SS", "CD", "SD", "IQ", "VE", "UA", "MM", "ET");

  /** Countries of first asylum. */
  static final CountryCode[] FIRST_ASYLUM =
      codes("TR", "LB", "JO", "EG", "KE", "UG", "ET", "NE", "LY", "PK", "RW", "TZ");

  /** Resettlement countries outside the European Union. */
  static final CountryCode[] OTHER_RESETTLEMENT_STATES =
      codes("GB", "NO", "CH", "IS", "US", "CA", "AU", "NZ");

  /** Countries that take part in European meetings besides the EU's member states. */
  static final CountryCode[] EUROPEAN_NEIGHBOURS = codes("MD", "UA", "NO", "CH", "GB", "RS", "GE");

  /** Every country code, in alphabetical order, as core knows them. */
  static final CountryCode[] ALL_COUNTRIES = CountryCode.all().toArray(new CountryCode[0]);

  /** The member states of the European Union since 1 February 2020. */
  static final CountryCode[] EU_MEMBERS =
      CountryGroup.EU27_2020.membersOn(LocalDate.of(2020, 2, 1)).toArray(new CountryCode[0]);

  /** The states that resettle refugees: the EU's member states, then the others. */
  static final CountryCode[] RESETTLEMENT_STATES = union(EU_MEMBERS, OTHER_RESETTLEMENT_STATES);

  /** The states that take part in European meetings: the EU's member states, then their neighbours. */
  static final CountryCode[] EUROPEAN_STATES = union(EU_MEMBERS, EUROPEAN_NEIGHBOURS);

  static final CountryGroup[] GROUPS = CountryGroup.known().toArray(new CountryGroup[0]);

  static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "PLN", "RON", "MDL", "GBP", "CHF", "NOK", "SEK", "USD"};

  static final String[] SEXES = {"female", "male"};

  static final String[] AGE_BANDS = {"0-17", "18-59", "60+"};

  //-----------------------------------------------------------------------
  // Texts built once: LocalizedText is immutable, so every record can share them.

  static final LocalizedText[] TOPIC_TEXTS = englishTexts(TOPICS);
  static final LocalizedText[] PROGRAMME_TEXTS = texts(PROGRAMMES);
  static final LocalizedText[] SERIES_TEXTS = texts(SERIES);
  static final LocalizedText[] SESSION_TITLE_TEXTS = texts(SESSION_TITLES);
  static final LocalizedText[] CONTRIBUTION_TEXTS = texts(CONTRIBUTIONS);
  static final LocalizedText[] NOTE_TEXTS = englishTexts(NOTES);

  //-----------------------------------------------------------------------
  /** A text in a language with its English variant, or English alone. */
  static LocalizedText text(String tag, String local, String english) {
    LocalizedText text = LocalizedText.of(tag, local);
    return tag.equals("en") || local.equals(english) ? text : text.and("en", english);
  }

  static LocalizedText text(Language language, String[] pair) {
    return text(language.tag, pair[0], pair[1]);
  }

  /**
   * The initials of the significant words of a name, as an acronym: "Fundacja Pomocy Uchodźcom
   * im. Janusza Korczaka" gives "FPUJK".
   *
   * @return the acronym, or null if fewer than two words count
   */
  static String acronym(String name) {
    StringBuilder initials = new StringBuilder(6);
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-') {
        String word = name.substring(start, i);
        int apostrophe = word.indexOf('\'');
        if (apostrophe >= 0) {
          word = word.substring(apostrophe + 1);
        }
        if (word.length() >= 4 && !NOT_IN_ACRONYMS.contains(word)) {
          initials.append(Character.toUpperCase(word.charAt(0)));
        }
        start = i + 1;
      }
    }
    return initials.length() >= 2 ? initials.toString() : null;
  }

  private static LocalizedText[] texts(String[][] triples) {
    LocalizedText[] texts = new LocalizedText[triples.length];
    for (int i = 0; i < triples.length; i++) {
      texts[i] = text(triples[i][0], triples[i][1], triples[i][2]);
    }
    return texts;
  }

  private static LocalizedText[] englishTexts(String[] words) {
    LocalizedText[] texts = new LocalizedText[words.length];
    for (int i = 0; i < words.length; i++) {
      texts[i] = LocalizedText.of("en", words[i]);
    }
    return texts;
  }

  /**
   * Folds a name to lower-case ASCII letters and digits for e-mail addresses, host names and
   * paths: "Łódź" becomes "lodz", "O'Brien" "obrien".
   */
  static String ascii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        folded.append(c);
      } else if (c == 'ł') {
        folded.append('l');
      } else if (c == 'ß') {
        folded.append("ss");
      }
    }
    return folded.toString();
  }

  /** Like {@link #ascii(String)}, but keeps word breaks as hyphens: "Razem w bibliotece" gives "razem-w-bibliotece". */
  static String slug(String text) {
    StringBuilder slug = new StringBuilder(text.length());
    for (String word : text.split(" ")) {
      String folded = ascii(word);
      if (!folded.isEmpty()) {
        if (slug.length() > 0) {
          slug.append('-');
        }
        slug.append(folded);
      }
    }
    return slug.toString();
  }

  /** A locality before its country's language is known. */
  private record Spot(
      String name, String englishName, String region, String regionEnglish, double latitude, double longitude) {}

  private static Spot locality(
      String name, String englishName, String region, String regionEnglish, double latitude, double longitude) {
    return new Spot(name, englishName == null ? name : englishName, region, regionEnglish, latitude, longitude);
  }

  private static Country country(
      String code,
      String englishName,
      Language language,
      String callingCode,
      int subscriberDigits,
      String currency,
      String[] government,
      String[] authorities,
      String registerPrefix,
      int registerDigits,
      Spot... spots) {
    Locality[] localities = new Locality[spots.length];
    for (int i = 0; i < spots.length; i++) {
      Spot spot = spots[i];
      localities[i] =
          new Locality(
              spot.name(),
              spot.englishName(),
              text(language.tag, spot.name(), spot.englishName()),
              text(language.tag, spot.region(), spot.regionEnglish()),
              spot.latitude(),
              spot.longitude(),
              ascii(spot.name()));
    }
    return new Country(
        CountryCode.of(code),
        englishName,
        language,
        callingCode,
        subscriberDigits,
        Currency.getInstance(currency),
        text(language, government),
        text(language, authorities),
        registerPrefix,
        registerDigits,
        localities);
  }

  /** The codes of {@code first}, then those of {@code second} that {@code first} lacks. */
  private static CountryCode[] union(CountryCode[] first, CountryCode[] second) {
    List<CountryCode> all = new ArrayList<>(first.length + second.length);
    Collections.addAll(all, first);
    for (CountryCode code : second) {
      if (!all.contains(code)) {
        all.add(code);
      }
    }
    return all.toArray(new CountryCode[0]);
  }

  /** The first of {@link #COUNTRIES} whose people speak a language. */
  static Country countryOf(Language language) {
    for (Country country : COUNTRIES) {
      if (country.language() == language) {
        return country;
      }
    }
    throw new IllegalStateException("no country speaks " + language.tag);
  }

  private static CountryCode[] codes(String... alpha2) {
    CountryCode[] codes = new CountryCode[alpha2.length];
    for (int i = 0; i < alpha2.length; i++) {
      codes[i] = CountryCode.of(alpha2[i]);
    }
    return codes;
  }

  static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
