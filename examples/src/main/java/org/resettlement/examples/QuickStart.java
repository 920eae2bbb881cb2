package org.resettlement.examples;

import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.Quantity;

/** The README's quick start: build records, put them in a dataset, and ask it questions. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Builds a small dataset and prints what it knows.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::quick-start[]
    Organisation cpr = Organisation.builder()
        .id(OrganisationId.of("cpr"))
        .name(LocalizedText.of("pt", "Conselho Português para os Refugiados")
            .and("en", "Portuguese Council for Refugees"))
        .acronym("CPR")
        .kind(OrganisationKind.NGO_NATIONAL)
        .country(CountryCode.of("PT"))
        .build();
    Pledge pledge = Pledge.builder()
        .id(PledgeId.of("pt-2008"))
        .pledger(CountryCode.of("PT"))                 // a state pledges in its own name
        .kind(PledgeKind.RESETTLEMENT_PLACES)
        .quantity(Quantity.approximately(30))          // "some 30 places"
        .pledgedOn(PartialDate.parse("2007-06"))       // only the month is known
        .build();
    Dataset dataset = Dataset.builder().addOrganisation(cpr).addPledge(pledge).build();

    System.out.println(dataset.organisation(cpr.id()).orElseThrow().name().text()); // Conselho Português ...
    System.out.println(pledge.quantity().orElseThrow().plus(Quantity.exactly(20))); // about 50
    // end::quick-start[]
  }
}
