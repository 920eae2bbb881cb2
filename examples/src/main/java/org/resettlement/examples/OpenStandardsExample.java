package org.resettlement.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.Map;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.jackson.OpenStandardsJson;
import org.resettlement.openstandards.ImportIssue;
import org.resettlement.openstandards.PopoloImport;
import org.resettlement.openstandards.SchemaOrg;
import org.resettlement.testkit.SeedDataset;

/**
 * Exchanges records with open standards: the Lisbon workshop of the seed dataset as schema.org
 * JSON-LD for a web page, and a dataset as a Popolo document and back.
 */
public final class OpenStandardsExample {

  private OpenStandardsExample() {}

  /**
   * Renders the CCME workshop in Lisbon, 21-23 November 2007, as the JSON-LD block of a web page.
   *
   * @return the {@code <script type="application/ld+json">} element, not null
   * @throws JsonProcessingException if Jackson fails
   */
  public static String lisbonWorkshopScript() throws JsonProcessingException {
    Dataset dataset = SeedDataset.dataset();
    // tag::schemaorg-event[]
    Event workshop = dataset.event(EventId.of("ccme-lisbon-workshop-2007")).orElseThrow();
    Map<String, Object> jsonLd = SchemaOrg.of(dataset, Locale.ENGLISH).event(workshop);
    String script = SchemaOrg.scriptElement(OpenStandardsJson.writeJsonLd(jsonLd));
    // end::schemaorg-event[]
    return script;
  }

  /**
   * Writes a dataset as Popolo JSON without personal data, reads it back, and lists what the
   * reading could not keep.
   *
   * @param dataset the dataset, not null
   * @return the organisations, people, memberships and events read back, not null
   * @throws JsonProcessingException if Jackson fails
   */
  public static Dataset popoloRoundTrip(Dataset dataset) throws JsonProcessingException {
    // tag::popolo[]
    String popolo = OpenStandardsJson.writePopolo(dataset.withoutPersonalData());
    PopoloImport read = OpenStandardsJson.readPopolo(popolo, "en");   // texts without a language
    for (ImportIssue issue : read.issues()) {                         // what the model cannot hold
      System.out.println(issue);          // organizations[0].founding_date: not imported: ...
    }
    Dataset records = read.dataset();     // organisations, people, memberships and events
    // end::popolo[]
    return records;
  }

  /**
   * Prints the Lisbon workshop's JSON-LD block.
   *
   * @param args not used
   * @throws JsonProcessingException if Jackson fails
   */
  public static void main(String[] args) throws JsonProcessingException {
    System.out.println(lisbonWorkshopScript());
  }
}
