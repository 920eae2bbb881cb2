package org.resettlement.openstandards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Organisation;
import org.resettlement.core.Project;
import org.resettlement.core.Statistic;

/**
 * Renders the organisations, events, projects and statistics of a dataset as schema.org JSON-LD
 * (release {@value #RELEASE}), for the {@code <script type="application/ld+json">} block of a web
 * page, which search engines read.
 *
 * <pre>{@code
 * SchemaOrg schemaOrg = SchemaOrg.of(dataset, Locale.ENGLISH);
 * Map<String, Object> workshop = schemaOrg.event(event);      // {"@context": "https://schema.org", "@type": "Event", ...}
 * String html = SchemaOrg.scriptElement(mapper.writeValueAsString(workshop));
 * }</pre>
 *
 * <h2>What is rendered</h2>
 *
 * <ul>
 *   <li>An organisation as an {@code NGO}, a {@code GovernmentOrganization}, an {@code
 *       EducationalOrganization}, a {@code Corporation} or an {@code Organization}, by its kind,
 *       with its acronym, external identifiers, parent, address and contact points.
 *   <li>An event as an {@code Event} with its dates, {@code location} (a {@code Place} with an
 *       address, and a {@code VirtualLocation} when it could be followed online), {@code
 *       eventAttendanceMode}, organisers and hosts as {@code organizer}, speakers as {@code
 *       performer}, working languages as {@code inLanguage}, topics as {@code about}, sessions as
 *       {@code subEvent} and its series as {@code superEvent}.
 *   <li>A project as a {@code Project} with its coordinator and partners as {@code member} roles,
 *       its funders as {@code funder} and each funding as a {@code MonetaryGrant}.
 *   <li>A statistic as an {@code Observation} of a {@code StatisticalVariable} about a place, with
 *       {@code observationDate}, {@code observationPeriod} and the figure as {@code value}, or
 *       {@code minValue} and {@code maxValue}.
 * </ul>
 *
 * <p>{@code Project}, {@code Grant}, {@code MonetaryGrant}, {@code Observation}, {@code
 * StatisticalVariable}, {@code EventSeries}, {@code VirtualLocation}, {@code eventAttendanceMode}
 * and {@code funding}, among others, are <em>pending</em> terms of schema.org: proposed, in the
 * vocabulary, and subject to change. docs/open-standards.md lists the terms and the mapping, field
 * by field, with what is not rendered.
 *
 * <p>Texts are rendered in the language asked for, where a text has it, else in its default
 * language; other languages are not rendered. Records are referred to by their names, looked up in
 * the dataset; a reference the dataset does not resolve is left out.
 *
 * <h2>Personal data</h2>
 *
 * A person is rendered by name, as an event's speaker or a session's, only if the dataset holds
 * the name: render {@link Dataset#withoutPersonalData()} and no person is named.
 *
 * <p>The trees are new, mutable, ordered maps and lists of strings, numbers and booleans. This
 * class is immutable and thread-safe.
 */
public final class SchemaOrg {

  /** The schema.org release whose terms the output uses: {@value}. */
  public static final String RELEASE = "30.0";

  /** The JSON-LD context of every rendered node: {@value}. */
  public static final String CONTEXT = "https://schema.org";

  private final SchemaOrgNodes nodes;

  private SchemaOrg(Dataset dataset, Locale language) {
    this.nodes = new SchemaOrgNodes(dataset, language);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a renderer of a dataset's records, in a language.
   *
   * @param dataset the dataset whose records are rendered, and in which references are looked up,
   *     not null
   * @param language the language of the page, in which texts are rendered where they have it, not
   *     null
   * @return the renderer, not null
   * @throws NullPointerException if the dataset or the language is null
   */
  public static SchemaOrg of(Dataset dataset, Locale language) {
    return new SchemaOrg(Objects.requireNonNull(dataset, "dataset"), Objects.requireNonNull(language, "language"));
  }

  //-----------------------------------------------------------------------
  /**
   * Renders an organisation.
   *
   * @param organisation the organisation, not null
   * @return the JSON-LD node, with its {@code @context}, not null
   * @throws NullPointerException if the organisation is null
   */
  public Map<String, Object> organisation(Organisation organisation) {
    return withContext(nodes.organisation(Objects.requireNonNull(organisation, "organisation")));
  }

  /**
   * Renders an event. An event with a venue, or held online, carries what search engines require
   * of an event: a name, a start date and a location.
   *
   * @param event the event, not null
   * @return the JSON-LD node, with its {@code @context}, not null
   * @throws NullPointerException if the event is null
   */
  public Map<String, Object> event(Event event) {
    return withContext(nodes.event(Objects.requireNonNull(event, "event")));
  }

  /**
   * Renders a project and its funding.
   *
   * @param project the project, not null
   * @return the JSON-LD node, with its {@code @context}, not null
   * @throws NullPointerException if the project is null
   */
  public Map<String, Object> project(Project project) {
    return withContext(nodes.project(Objects.requireNonNull(project, "project")));
  }

  /**
   * Renders a statistic as an observation.
   *
   * @param statistic the statistic, not null
   * @return the JSON-LD node, with its {@code @context}, not null
   * @throws NullPointerException if the statistic is null
   */
  public Map<String, Object> statistic(Statistic statistic) {
    return withContext(nodes.statistic(Objects.requireNonNull(statistic, "statistic")));
  }

  /**
   * Renders every organisation, event, project and statistic of the dataset, in that order, as one
   * JSON-LD document with a {@code @graph}.
   *
   * @return the JSON-LD document, not null
   */
  public Map<String, Object> graph() {
    List<Object> graph = new ArrayList<>();
    nodes.dataset().organisations().forEach(organisation -> graph.add(nodes.organisation(organisation)));
    nodes.dataset().events().forEach(event -> graph.add(nodes.event(event)));
    nodes.dataset().projects().forEach(project -> graph.add(nodes.project(project)));
    nodes.dataset().statistics().forEach(statistic -> graph.add(nodes.statistic(statistic)));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("@context", CONTEXT);
    document.put("@graph", graph);
    return document;
  }

  //-----------------------------------------------------------------------
  /**
   * Wraps a JSON-LD document in the {@code <script type="application/ld+json">} element that a web
   * page carries it in.
   *
   * <p>Every {@code <} of the document is written as the JSON escape {@code \u003c}, which means
   * the same to a JSON reader: a text such as {@code </script>} in a name cannot end the element
   * early, nor {@code <!--} hide the rest of the page. Outside strings, JSON has no {@code <}.
   *
   * @param json the JSON text of the document, as a JSON library writes it, not null
   * @return the element, on its own lines, not null
   * @throws NullPointerException if the text is null
   */
  public static String scriptElement(String json) {
    Objects.requireNonNull(json, "json");
    return "<script type=\"application/ld+json\">\n" + json.replace("<", "\\u003c") + "\n</script>";
  }

  private static Map<String, Object> withContext(Map<String, Object> node) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("@context", CONTEXT);
    document.putAll(node);
    return document;
  }

  /** Values in order, each once. */
  static <T> List<T> distinct(List<T> values) {
    Set<T> seen = new LinkedHashSet<>(values);
    return new ArrayList<>(seen);
  }
}
