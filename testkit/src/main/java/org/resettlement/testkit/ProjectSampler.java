package org.resettlement.testkit;

import static org.resettlement.testkit.DateSampler.LAST_YEAR;
import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_DATE;
import static org.resettlement.testkit.Vocabulary.LANGUAGES;
import static org.resettlement.testkit.Vocabulary.RESETTLEMENT_STATES;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.resettlement.core.Actor;
import org.resettlement.core.DateRange;
import org.resettlement.core.Funding;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.testkit.Vocabulary.Language;

/** Makes projects, such as "Razem w bibliotece", with their partners, funding and period. */
final class ProjectSampler {
  private static final Currency EURO = Currency.getInstance("EUR");

  private final Draw draw;
  private final QuantitySampler quantities;

  ProjectSampler(Draw draw, QuantitySampler quantities) {
    this.draw = draw;
    this.quantities = quantities;
  }

  Project project(ProjectId id, Refs refs) {
    Language language = draw.pick(LANGUAGES);
    int title = draw.below(language.projectTitles.length);
    Project.Builder project = Project.builder().id(id).title(language.projectTitles[title]);
    if (language.projectAcronyms[title] != null && draw.chance(40)) {
      project.acronym(language.projectAcronyms[title]);
    }
    OrganisationId coordinator = draw.chance(85) ? refs.organisation() : null;
    if (coordinator != null) {
      project.coordinator(coordinator);
    }
    List<OrganisationId> partners = new ArrayList<>(4);
    int wanted = draw.below(5);
    for (int i = 0; i < wanted; i++) {
      OrganisationId partner = refs.organisation();
      if (partner != null && !partner.equals(coordinator) && !partners.contains(partner)) {
        partners.add(partner);
      }
    }
    project.partners(partners);
    int fundings = draw.below(3);
    for (int i = 0; i < fundings; i++) {
      project.addFunding(funding(refs));
    }
    if (draw.chance(65)) {
      LocalDate start = draw.day(EARLIEST_DATE, LATEST_DATE);
      PartialDate.Precision precision = draw.chance(60) ? PartialDate.Precision.DAY : PartialDate.Precision.MONTH;
      if (draw.chance(10)) {
        project.period(DateRange.since(DateSampler.at(start, precision)));
      } else {
        LocalDate end = DateSampler.earlier(start.plusMonths(draw.between(6, 36)), LATEST_DATE);
        project.period(DateRange.of(DateSampler.at(start, precision), DateSampler.at(end, precision)));
      }
    } else if (draw.chance(50)) {
      project.duration(draw.chance(50) ? Period.ofMonths(draw.between(6, 36)) : Period.ofYears(draw.between(1, 3)));
    }
    int[] groups = draw.distinct(draw.below(3), language.targetGroups.length);
    for (int group : groups) {
      project.addTargetGroup(language.targetGroups[group]);
    }
    if (draw.chance(15)) {
      ProjectId parent = refs.projectOtherThan(id);
      if (parent != null) {
        project.parent(parent);
      }
    }
    if (draw.chance(40)) {
      project.summary(draw.pick(language.summaries));
    }
    return project.sources(refs.sources()).build();
  }

  /** A funder, a programme, an amount in euro and a year, each present most of the time. */
  Funding funding(Refs refs) {
    Funding.Builder funding = Funding.builder();
    if (draw.chance(80)) {
      Actor funder = draw.chance(60) ? refs.organisation() : null;
      funding.funder(funder != null ? funder : draw.pick(RESETTLEMENT_STATES));
    }
    if (draw.chance(70)) {
      funding.programme(draw.pick(Vocabulary.PROGRAMME_TEXTS));
    }
    if (draw.chance(60)) {
      funding.amount(quantities.money(EURO));
    }
    if (draw.chance(70)) {
      funding.year(Year.of(draw.between(1995, LAST_YEAR)));
    }
    return funding.build();
  }
}
