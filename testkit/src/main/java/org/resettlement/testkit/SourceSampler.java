package org.resettlement.testkit;

import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_SOURCE_DATE;
import static org.resettlement.testkit.Vocabulary.COUNTRIES;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Source;
import org.resettlement.testkit.TextSampler.Named;
import org.resettlement.testkit.Vocabulary.Country;
import org.resettlement.testkit.Vocabulary.Language;

/**
 * Makes the sources records cite: press releases, news items and reports of organisations of
 * the sample countries, published and accessed no later than {@link SampleData#LATEST_SOURCE_DATE}.
 */
final class SourceSampler {
  private final Draw draw;
  private final TextSampler texts;
  private final ContactSampler contacts;

  SourceSampler(Draw draw, TextSampler texts, ContactSampler contacts) {
    this.draw = draw;
    this.texts = texts;
    this.contacts = contacts;
  }

  Source source() {
    Country country = draw.pick(COUNTRIES);
    Language language = country.language();
    int subject = draw.below(language.eventTitles.length);
    String[] documentType = draw.pick(language.documentTypes);
    Source.Builder source =
        Source.builder()
            .title(
                Vocabulary.text(
                    language.tag,
                    documentType[0] + ": " + language.eventTitles[subject][0],
                    documentType[1] + ": " + language.eventTitles[subject][1]));
    Named publisher =
        texts.civilName(country, draw.pick(country.localities()), draw.pick(language.civilPrefixes), true);
    String domain = contacts.domain(publisher.acronym());
    if (draw.chance(80)) {
      source.publisher(publisher.text().text());
    }
    LocalDate published = draw.day(EARLIEST_DATE, LATEST_SOURCE_DATE);
    PartialDate publishedOn = null;
    if (draw.chance(85)) {
      publishedOn = draw.chance(70) ? PartialDate.of(published) : PartialDate.of(YearMonth.from(published));
      source.publishedOn(publishedOn);
    }
    if (draw.chance(80)) {
      source.url(
          URI.create(
              "https://" + domain + "/" + language.newsPath + "/" + published.getYear() + "/"
                  + language.eventTitleSlugs[subject]));
      if (draw.chance(50)) {
        LocalDate read = publishedOn == null ? published : publishedOn.latestDate();
        source.accessedOn(draw.day(read, DateSampler.earlier(read.plusYears(2), LATEST_SOURCE_DATE)));
      }
    }
    if (draw.chance(10)) {
      source.note(draw.pick(Vocabulary.NOTES));
    }
    return source.build();
  }
}
