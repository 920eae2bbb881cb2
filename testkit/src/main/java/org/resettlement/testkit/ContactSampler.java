package org.resettlement.testkit;

import static org.resettlement.testkit.Vocabulary.COUNTRIES;
import static org.resettlement.testkit.Vocabulary.DOMAINS;

import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.testkit.Vocabulary.Country;

/**
 * Makes contact points that reach nobody: e-mail and {@code https} addresses under the reserved
 * domains of RFC 2606, and E.164 telephone numbers of the sample countries.
 */
final class ContactSampler {
  private final Draw draw;
  private final PlaceSampler places;

  ContactSampler(Draw draw, PlaceSampler places) {
    this.draw = draw;
    this.places = places;
  }

  ContactPoint contactPoint() {
    Country country = draw.pick(COUNTRIES);
    return contactPoint(contactKind(), country, domain(null));
  }

  /** E-mail in 35% of cases, telephone in 25%, web site in 25%, fax in 5%, social media in 10%. */
  ContactKind contactKind() {
    int roll = draw.below(100);
    return roll < 35
        ? ContactKind.EMAIL
        : roll < 60
            ? ContactKind.PHONE
            : roll < 85 ? ContactKind.WEBSITE : roll < 90 ? ContactKind.FAX : ContactKind.SOCIAL_MEDIA;
  }

  /** A contact point of a kind, of an organisation of a country with a host name. */
  ContactPoint contactPoint(ContactKind kind, Country country, String domain) {
    String value;
    switch (kind) {
      case EMAIL:
        value = country.language().mailbox + "@" + domain;
        break;
      case PHONE:
      case FAX:
        value = phoneNumber(country);
        break;
      case WEBSITE:
        value =
            "https://" + domain + "/"
                + (country.language().isEnglish() || draw.chance(50) ? "" : country.language().tag + "/");
        break;
      default:
        value = "https://social.example/@" + domain.substring(0, domain.indexOf('.'));
        break;
    }
    ContactPoint.Builder contact = ContactPoint.builder().kind(kind).value(value);
    if (draw.chance(25)) {
      contact.label(draw.pick(Vocabulary.CONTACT_LABELS));
    }
    return contact.build();
  }

  /** A number in E.164 form: "+", the country calling code and the subscriber number. */
  String phoneNumber(Country country) {
    StringBuilder number = new StringBuilder(16).append('+').append(country.callingCode());
    number.append((char) ('1' + draw.below(9)));
    draw.digits(number, country.subscriberDigits() - 1);
    return number.toString();
  }

  /**
   * A host under a reserved domain, such as {@code fpujk.example.org}: the name folded to ASCII,
   * or a sample town's if the name is null.
   */
  String domain(String name) {
    String label = name == null ? places.locality().ascii() : Vocabulary.ascii(name);
    return label + "." + draw.pick(DOMAINS);
  }
}
