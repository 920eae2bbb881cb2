package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.Set;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Category;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.RecordId;
import org.resettlement.validation.internal.Constraints.EmailAddress;
import org.resettlement.validation.internal.Constraints.LatitudeInRange;
import org.resettlement.validation.internal.Constraints.LongitudeInRange;
import org.resettlement.validation.internal.Constraints.PhoneNumber;
import org.resettlement.validation.internal.Constraints.WebAddress;
import org.resettlement.validation.internal.Constraints.WellFormedAcronym;
import org.resettlement.validation.internal.Constraints.WellFormedCategory;
import org.resettlement.validation.internal.Constraints.WellFormedExternalId;
import org.resettlement.validation.internal.Constraints.WellFormedId;

/**
 * The validators of the structural rules on single values: identifiers, acronyms, contact
 * points, external identifiers, coordinates and the categories of keys and breakdowns. {@link Formats} holds the
 * forms they accept.
 */
public final class FormatValidators {
  private FormatValidators() {}

  /** {@link WellFormedId} on a record's identifier. */
  public static final class RecordIdValidator implements ConstraintValidator<WellFormedId, RecordId<?>> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public RecordIdValidator() {}

    @Override
    public boolean isValid(RecordId<?> id, ConstraintValidatorContext context) {
      return id == null || Formats.isRecordId(id.value());
    }
  }

  /** {@link WellFormedAcronym} on an acronym. */
  public static final class AcronymValidator implements ConstraintValidator<WellFormedAcronym, String> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public AcronymValidator() {}

    @Override
    public boolean isValid(String acronym, ConstraintValidatorContext context) {
      return acronym == null || Formats.isAcronym(acronym);
    }
  }

  /** {@link EmailAddress} on a contact point; only {@link ContactKind#EMAIL} is checked. */
  public static final class EmailValidator implements ConstraintValidator<EmailAddress, ContactPoint> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public EmailValidator() {}

    @Override
    public boolean isValid(ContactPoint contact, ConstraintValidatorContext context) {
      return contact == null
          || contact.kind() != ContactKind.EMAIL
          || valueValid(Formats.isEmailAddress(contact.value()), context);
    }
  }

  /** {@link PhoneNumber} on a contact point; {@link ContactKind#PHONE} and {@code FAX}. */
  public static final class PhoneValidator implements ConstraintValidator<PhoneNumber, ContactPoint> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PhoneValidator() {}

    private static final Set<ContactKind> KINDS = Set.of(ContactKind.PHONE, ContactKind.FAX);

    @Override
    public boolean isValid(ContactPoint contact, ConstraintValidatorContext context) {
      return contact == null
          || !KINDS.contains(contact.kind())
          || valueValid(Formats.isPhoneNumber(contact.value()), context);
    }
  }

  /** {@link WebAddress} on a contact point; {@link ContactKind#WEBSITE} and {@code SOCIAL_MEDIA}. */
  public static final class WebContactValidator implements ConstraintValidator<WebAddress, ContactPoint> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public WebContactValidator() {}

    private static final Set<ContactKind> KINDS = Set.of(ContactKind.WEBSITE, ContactKind.SOCIAL_MEDIA);

    @Override
    public boolean isValid(ContactPoint contact, ConstraintValidatorContext context) {
      return contact == null
          || !KINDS.contains(contact.kind())
          || valueValid(Formats.isWebAddress(contact.value()), context);
    }
  }

  /** {@link WebAddress} on a URL, such as a source's. */
  public static final class UriValidator implements ConstraintValidator<WebAddress, URI> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public UriValidator() {}

    @Override
    public boolean isValid(URI uri, ConstraintValidatorContext context) {
      return uri == null || Formats.isWebAddress(uri);
    }
  }

  /** Reports a value that is not well-formed at the {@code value} property. */
  private static boolean valueValid(boolean wellFormed, ConstraintValidatorContext context) {
    if (!wellFormed) {
      Violations.at(context, "value");
    }
    return wellFormed;
  }

  /**
   * {@link WellFormedExternalId} on an external identifier: of the IATI or Wikidata scheme, in its
   * form; of another, without control or direction characters.
   */
  public static final class ExternalIdValidator
      implements ConstraintValidator<WellFormedExternalId, ExternalIdentifier> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ExternalIdValidator() {}

    @Override
    public boolean isValid(ExternalIdentifier identifier, ConstraintValidatorContext context) {
      if (identifier == null) {
        return true;
      }
      boolean wellFormed;
      switch (identifier.scheme()) {
        case ExternalIdentifier.IATI:
          wellFormed = Formats.isIatiOrganisationId(identifier.value());
          break;
        case ExternalIdentifier.WIKIDATA:
          wellFormed = Formats.isWikidataItem(identifier.value());
          break;
        default:
          // A register this library does not know may write its identifiers in any form, as long
          // as they can be read: no control or direction characters.
          wellFormed = !Formats.hasControlOrDirectionControl(identifier.value());
      }
      return valueValid(wellFormed, context);
    }
  }

  /** {@link LatitudeInRange} on a latitude. */
  public static final class LatitudeValidator implements ConstraintValidator<LatitudeInRange, Double> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public LatitudeValidator() {}

    @Override
    public boolean isValid(Double latitude, ConstraintValidatorContext context) {
      return latitude == null || (latitude >= -90.0 && latitude <= 90.0);
    }
  }

  /** {@link LongitudeInRange} on a longitude. */
  public static final class LongitudeValidator implements ConstraintValidator<LongitudeInRange, Double> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public LongitudeValidator() {}

    @Override
    public boolean isValid(Double longitude, ConstraintValidatorContext context) {
      return longitude == null || (longitude >= -180.0 && longitude <= 180.0);
    }
  }

  /**
   * {@link WellFormedCategory} on a key: the category of each built-in dimension (sex, age band,
   * the country dimensions) is one the core knows, not a publisher's code kept as written;
   * reported at the dimension, as {@code key.citizenship}. A publisher's own dimension, such as
   * {@code eurostat:unit}, has publishers' codes only.
   */
  public static final class CategoryInKeyValidator implements ConstraintValidator<WellFormedCategory, DimensionKey> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public CategoryInKeyValidator() {}

    @Override
    public boolean isValid(DimensionKey key, ConstraintValidatorContext context) {
      return key == null || Categories.each(key, FormatValidators::publishersCodeOfBuiltIn, context);
    }
  }

  /** {@link WellFormedCategory} on a breakdown, as on a key; reported at {@code category}. */
  public static final class CategoryInBreakdownValidator implements ConstraintValidator<WellFormedCategory, Breakdown> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public CategoryInBreakdownValidator() {}

    @Override
    public boolean isValid(Breakdown breakdown, ConstraintValidatorContext context) {
      if (breakdown == null || !publishersCodeOfBuiltIn(breakdown.dimension(), breakdown.category())) {
        return true;
      }
      Violations.at(context, "category");
      return false;
    }
  }

  /**
   * Whether a category is a publisher's code on a dimension that has categories of its own, such
   * as {@code TIB} on citizenship: kept as written, it cannot be compared with the categories of
   * other publishers.
   */
  private static boolean publishersCodeOfBuiltIn(Dimension dimension, Category category) {
    return !dimension.publisherDefined() && !category.mapped();
  }
}
