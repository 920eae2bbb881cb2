package org.resettlement.benchmarks.baseline;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.resettlement.benchmarks.baseline.RecordModel.Actor;
import org.resettlement.benchmarks.baseline.RecordModel.Breakdown;
import org.resettlement.benchmarks.baseline.RecordModel.BreakdownDimension;
import org.resettlement.benchmarks.baseline.RecordModel.ContactKind;
import org.resettlement.benchmarks.baseline.RecordModel.ContactPoint;
import org.resettlement.benchmarks.baseline.RecordModel.Dataset;
import org.resettlement.benchmarks.baseline.RecordModel.Event;
import org.resettlement.benchmarks.baseline.RecordModel.ExternalIdentifier;
import org.resettlement.benchmarks.baseline.RecordModel.LocalizedText;
import org.resettlement.benchmarks.baseline.RecordModel.OrganisationId;
import org.resettlement.benchmarks.baseline.RecordModel.PersonId;
import org.resettlement.benchmarks.baseline.RecordModel.Project;
import org.resettlement.benchmarks.baseline.RecordModel.Session;

/**
 * The Jakarta Validation constraints of the record baseline that no built-in constraint
 * expresses, with their validators: the structural rules of {@code resettlement-validation}
 * (its {@code Structural} group), written as a user of plain Hibernate Validator would write them.
 *
 * <p>The forms are copied from the validation module, so that both sides do the same work:
 * the same regular expressions for e-mail addresses, telephone numbers, IATI identifiers and
 * Wikidata items, the same web-address check, the same country list. Violations below the
 * annotated bean are reported at the same paths as the validation module reports them.
 */
public final class RecordConstraints {
  private RecordConstraints() {}

  //-----------------------------------------------------------------------
  /** A text, or every variant of a localised text, is not blank; null is valid. */
  @Constraint(validatedBy = {NotBlankStringValidator.class, NotBlankLocalizedTextValidator.class})
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface NotBlankText {
    /** @return the message */
    String message() default "must not be blank";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** A text, or every variant of a localised text, holds no control character; null is valid. */
  @Constraint(validatedBy = {NoControlsInStringValidator.class, NoControlsInLocalizedTextValidator.class})
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface NoControlCharacters {
    /** @return the message */
    String message() default "must not contain control characters";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
    /** @return whether the text is running text, which may hold tabs and line feeds */
    boolean runningText() default false;
  }

  /** A text, or every variant of a localised text, holds no direction override; null is valid. */
  @Constraint(validatedBy = {NoDirectionalFormattingInStringValidator.class,
      NoDirectionalFormattingInLocalizedTextValidator.class})
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface NoDirectionalFormatting {
    /** @return the message */
    String message() default "must not override the direction of text";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
    /** @return whether the text is running text, which may embed and isolate but not override */
    boolean runningText() default false;
  }

  /** An e-mail, telephone, fax, web or social-media contact point holds a well-formed value. */
  @Constraint(validatedBy = ContactValidator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  public @interface WellFormedContact {
    /** @return the message */
    String message() default "not a well-formed value for this kind of contact";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** A URL is an absolute http(s) address with a host; null is valid. */
  @Constraint(validatedBy = WebAddressValidator.class)
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface WebAddress {
    /** @return the message */
    String message() default "must be an absolute http(s) address";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** An IATI or Wikidata identifier has the form of its scheme. */
  @Constraint(validatedBy = ExternalIdValidator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  public @interface WellFormedExternalId {
    /** @return the message */
    String message() default "not a well-formed identifier of its scheme";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** A breakdown by citizenship or country of asylum names its category by country code. */
  @Constraint(validatedBy = BreakdownCategoryValidator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  public @interface BreakdownCategoryCode {
    /** @return the message */
    String message() default "must be an ISO 3166-1 alpha-2 code";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** Every reference to an organisation, person, campaign or project resolves in the dataset. */
  @Constraint(validatedBy = ReferencesValidator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  public @interface ReferencesResolve {
    /** @return the message */
    String message() default "refers to a record the dataset does not hold";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** No two records of one kind in a dataset share an identifier. */
  @Constraint(validatedBy = UniqueIdsValidator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  public @interface UniqueIds {
    /** @return the message */
    String message() default "identifier already used";
    /** @return the groups */
    Class<?>[] groups() default {};
    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  //-----------------------------------------------------------------------
  /** {@link NotBlankText} on a string. */
  public static final class NotBlankStringValidator implements ConstraintValidator<NotBlankText, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || !Characters.isBlank(text);
    }
  }

  /** {@link NotBlankText} on a localised text. */
  public static final class NotBlankLocalizedTextValidator
      implements ConstraintValidator<NotBlankText, LocalizedText> {
    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      for (String variant : text.variants().values()) {
        if (Characters.isBlank(variant)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@link NoControlCharacters} on a string. */
  public static final class NoControlsInStringValidator implements ConstraintValidator<NoControlCharacters, String> {
    private boolean runningText;

    @Override
    public void initialize(NoControlCharacters constraint) {
      runningText = constraint.runningText();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || !Characters.hasControlCharacter(text, runningText);
    }
  }

  /** {@link NoControlCharacters} on a localised text. */
  public static final class NoControlsInLocalizedTextValidator
      implements ConstraintValidator<NoControlCharacters, LocalizedText> {
    private boolean runningText;

    @Override
    public void initialize(NoControlCharacters constraint) {
      runningText = constraint.runningText();
    }

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      for (String variant : text.variants().values()) {
        if (Characters.hasControlCharacter(variant, runningText)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@link NoDirectionalFormatting} on a string. */
  public static final class NoDirectionalFormattingInStringValidator
      implements ConstraintValidator<NoDirectionalFormatting, String> {
    private boolean runningText;

    @Override
    public void initialize(NoDirectionalFormatting constraint) {
      runningText = constraint.runningText();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || !Characters.hasDirectionalFormatting(text, runningText);
    }
  }

  /** {@link NoDirectionalFormatting} on a localised text. */
  public static final class NoDirectionalFormattingInLocalizedTextValidator
      implements ConstraintValidator<NoDirectionalFormatting, LocalizedText> {
    private boolean runningText;

    @Override
    public void initialize(NoDirectionalFormatting constraint) {
      runningText = constraint.runningText();
    }

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      for (String variant : text.variants().values()) {
        if (Characters.hasDirectionalFormatting(variant, runningText)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@link WellFormedContact}, reported at {@code value}. */
  public static final class ContactValidator implements ConstraintValidator<WellFormedContact, ContactPoint> {
    @Override
    public boolean isValid(ContactPoint contact, ConstraintValidatorContext context) {
      if (contact == null) {
        return true;
      }
      boolean valid;
      switch (contact.kind()) {
        case EMAIL:
          valid = Forms.isEmailAddress(contact.value());
          break;
        case PHONE:
        case FAX:
          valid = Forms.isPhoneNumber(contact.value());
          break;
        default:
          valid = Forms.isWebAddress(contact.value());
      }
      return valid || at(context, "value");
    }
  }

  /** {@link WebAddress} on a URI. */
  public static final class WebAddressValidator implements ConstraintValidator<WebAddress, URI> {
    @Override
    public boolean isValid(URI url, ConstraintValidatorContext context) {
      return url == null || Forms.isWebAddress(url);
    }
  }

  /** {@link WellFormedExternalId}, reported at {@code value}. */
  public static final class ExternalIdValidator
      implements ConstraintValidator<WellFormedExternalId, ExternalIdentifier> {
    private static final Pattern IATI = Pattern.compile("[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9._-]+");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    @Override
    public boolean isValid(ExternalIdentifier identifier, ConstraintValidatorContext context) {
      if (identifier == null) {
        return true;
      }
      boolean valid;
      switch (identifier.scheme()) {
        case "iati":
          valid = IATI.matcher(identifier.value()).matches();
          break;
        case "wikidata":
          valid = WIKIDATA.matcher(identifier.value()).matches();
          break;
        default:
          valid = !Characters.hasControlOrDirectionControl(identifier.value());
      }
      return valid || at(context, "value");
    }
  }

  /** {@link BreakdownCategoryCode}, reported at {@code category}. */
  public static final class BreakdownCategoryValidator
      implements ConstraintValidator<BreakdownCategoryCode, Breakdown> {
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(Breakdown breakdown, ConstraintValidatorContext context) {
      if (breakdown == null
          || (breakdown.dimension() != BreakdownDimension.CITIZENSHIP
              && breakdown.dimension() != BreakdownDimension.COUNTRY_OF_ORIGIN
              && breakdown.dimension() != BreakdownDimension.COUNTRY_OF_ASYLUM)
          || COUNTRY_CODES.contains(breakdown.category())
          || breakdown.category().equals("XK")
          || breakdown.category().equals("stateless")
          || breakdown.category().equals("unknown")) {
        return true;
      }
      return at(context, "category");
    }
  }

  /** {@link UniqueIds}, each repeat reported at its {@code id}, such as {@code pledges[7].id}. */
  public static final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, Dataset> {
    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      if (dataset == null) {
        return true;
      }
      boolean valid = unique(dataset.organisations(), RecordModel.Organisation::id, "organisations", context);
      valid &= unique(dataset.people(), RecordModel.Person::id, "people", context);
      valid &= unique(dataset.events(), Event::id, "events", context);
      valid &= unique(dataset.projects(), Project::id, "projects", context);
      valid &= unique(dataset.campaigns(), RecordModel.Campaign::id, "campaigns", context);
      valid &= unique(dataset.pledges(), RecordModel.Pledge::id, "pledges", context);
      valid &= unique(dataset.quotas(), RecordModel.ResettlementQuota::id, "quotas", context);
      valid &= unique(dataset.statistics(), RecordModel.Statistic::id, "statistics", context);
      return valid;
    }

    private static <T> boolean unique(
        List<T> records, Function<T, Object> id, String property,
        ConstraintValidatorContext context) {
      Set<Object> seen = new HashSet<>(records.size() * 2);
      boolean valid = true;
      for (int i = 0; i < records.size(); i++) {
        if (!seen.add(id.apply(records.get(i)))) {
          valid = at(context, property, i, "id");
        }
      }
      return valid;
    }
  }

  /**
   * {@link ReferencesResolve}: organisation, person, campaign and project references, reported
   * at the referring property, such as {@code pledges[3].campaign}. A state needs no record.
   */
  public static final class ReferencesValidator implements ConstraintValidator<ReferencesResolve, Dataset> {
    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      if (dataset == null) {
        return true;
      }
      Set<Object> known = new HashSet<>();
      dataset.organisations().forEach(record -> known.add(record.id()));
      dataset.people().forEach(record -> known.add(record.id()));
      dataset.campaigns().forEach(record -> known.add(record.id()));
      dataset.projects().forEach(record -> known.add(record.id()));
      References check = new References(known, context);
      for (int i = 0; i < dataset.organisations().size(); i++) {
        check.one(dataset.organisations().get(i).parent(), "organisations", i, "parent");
      }
      for (int i = 0; i < dataset.memberships().size(); i++) {
        check.actor(dataset.memberships().get(i).member(), "memberships", i, "member");
        check.one(dataset.memberships().get(i).organisation(), "memberships", i, "organisation");
      }
      for (int i = 0; i < dataset.events().size(); i++) {
        Event event = dataset.events().get(i);
        check.all(event.organisers(), "events", i, "organisers");
        check.all(event.hosts(), "events", i, "hosts");
        for (int j = 0; j < event.funders().size(); j++) {
          check.actor(event.funders().get(j), "events", i, "funders", j);
        }
        for (int j = 0; j < event.participants().size(); j++) {
          check.actor(event.participants().get(j).participant(), "events", i, "participants", j, "participant");
          check.one(event.participants().get(j).representing(), "events", i, "participants", j, "representing");
        }
        for (int j = 0; j < event.sessions().size(); j++) {
          Session session = event.sessions().get(j);
          for (int k = 0; k < session.speakers().size(); k++) {
            check.actor(session.speakers().get(k), "events", i, "sessions", j, "speakers", k);
          }
        }
        check.one(event.project(), "events", i, "project");
      }
      for (int i = 0; i < dataset.projects().size(); i++) {
        Project project = dataset.projects().get(i);
        check.one(project.coordinator(), "projects", i, "coordinator");
        check.all(project.partners(), "projects", i, "partners");
        for (int j = 0; j < project.fundings().size(); j++) {
          check.actor(project.fundings().get(j).funder(), "projects", i, "fundings", j, "funder");
        }
        check.one(project.parent(), "projects", i, "parent");
      }
      for (int i = 0; i < dataset.campaigns().size(); i++) {
        check.all(dataset.campaigns().get(i).launchingOrganisations(), "campaigns", i, "launchingOrganisations");
      }
      for (int i = 0; i < dataset.pledges().size(); i++) {
        check.actor(dataset.pledges().get(i).pledger(), "pledges", i, "pledger");
        check.one(dataset.pledges().get(i).campaign(), "pledges", i, "campaign");
      }
      return check.valid;
    }

    /** Checks references against the known identifiers. */
    private static final class References {
      private final Set<Object> known;
      private final ConstraintValidatorContext context;
      boolean valid = true;

      References(Set<Object> known, ConstraintValidatorContext context) {
        this.known = known;
        this.context = context;
      }

      void actor(Actor actor, Object... path) {
        if (actor instanceof OrganisationId || actor instanceof PersonId) {
          one(actor, path);
        }
      }

      void one(Object id, Object... path) {
        if (id != null && !known.contains(id)) {
          valid = at(context, path);
        }
      }

      void all(List<?> ids, Object... path) {
        for (int j = 0; j < ids.size(); j++) {
          Object[] element = Arrays.copyOf(path, path.length + 1);
          element[path.length] = j;
          one(ids.get(j), element);
        }
      }
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Reports a violation at a path below the validated bean, given as property names each
   * optionally followed by an index, and returns false.
   */
  static boolean at(ConstraintValidatorContext context, Object... path) {
    context.disableDefaultConstraintViolation();
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    Function<String, NodeBuilderCustomizableContext> addProperty = builder::addPropertyNode;
    Supplier<LeafNodeBuilderCustomizableContext> addBean = builder::addBeanNode;
    Runnable add = builder::addConstraintViolation;
    Integer pendingIndex = null;
    for (int i = 0; i < path.length; i++) {
      NodeBuilderCustomizableContext node = addProperty.apply((String) path[i]);
      if (pendingIndex != null) {
        // The index of "events[2]" belongs to the node after "events".
        NodeBuilderDefinedContext indexed = node.inIterable().atIndex(pendingIndex);
        addProperty = indexed::addPropertyNode;
        addBean = indexed::addBeanNode;
        add = indexed::addConstraintViolation;
      } else {
        addProperty = node::addPropertyNode;
        addBean = node::addBeanNode;
        add = node::addConstraintViolation;
      }
      boolean indexFollows = i + 1 < path.length && path[i + 1] instanceof Integer;
      pendingIndex = indexFollows ? (Integer) path[++i] : null;
    }
    if (pendingIndex != null) {
      addBean.get().inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else {
      add.run();
    }
    return false;
  }

  /** The characters the validation module's rules on texts report, copied. */
  static final class Characters {
    private Characters() {}

    static boolean isBlank(String text) {
      for (int i = 0, length = text.length(); i < length; ) {
        int codePoint = text.codePointAt(i);
        if (!isInvisible(codePoint)) {
          return false;
        }
        i += Character.charCount(codePoint);
      }
      return true;
    }

    private static boolean isInvisible(int codePoint) {
      switch (Character.getType(codePoint)) {
        case Character.SPACE_SEPARATOR:
        case Character.LINE_SEPARATOR:
        case Character.PARAGRAPH_SEPARATOR:
        case Character.CONTROL:
        case Character.FORMAT:
        case Character.NON_SPACING_MARK:
        case Character.ENCLOSING_MARK:
          return true;
        default:
          return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
      }
    }

    static boolean hasControlCharacter(String text, boolean runningText) {
      for (int i = 0, length = text.length(); i < length; i++) {
        char c = text.charAt(i);
        if (c < ' ' ? !(runningText && (c == '\t' || c == '\n')) : c >= '\u007F' && c <= '\u009F') {
          return true;
        }
      }
      return false;
    }

    static boolean hasDirectionalFormatting(String text, boolean runningText) {
      for (int i = 0, length = text.length(); i < length; i++) {
        char c = text.charAt(i);
        if (runningText
            ? c == '\u202D' || c == '\u202E'
            : (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
          return true;
        }
      }
      return false;
    }

    static boolean hasControlOrDirectionControl(String code) {
      for (int i = 0, length = code.length(); i < length; i++) {
        char c = code.charAt(i);
        if (Character.isISOControl(c) || c == '\u061C' || c == '\u200E' || c == '\u200F'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
          return true;
        }
      }
      return false;
    }
  }

  /** The text forms of the validation module's structural rules, copied. */
  static final class Forms {
    private static final Pattern EMAIL;
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]*(?: [0-9]+)*");

    static {
      String atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-[\\u0080-\\uFFFF&&[^\\p{Cc}\\p{Cf}\\p{Z}]]]+";
      String label = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
      String topLabel = "\\p{L}(?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])";
      EMAIL = Pattern.compile(atom + "(?:\\." + atom + ")*@(?:" + label + "\\.)+" + topLabel);
    }

    private Forms() {}

    static boolean isEmailAddress(String value) {
      int at = value.lastIndexOf('@');
      return at > 0 && at <= 64 && value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    static boolean isPhoneNumber(String value) {
      if (!PHONE.matcher(value).matches()) {
        return false;
      }
      long digits = value.chars().filter(c -> c >= '0' && c <= '9').count();
      return digits >= 7 && digits <= 15;
    }

    static boolean isWebAddress(String value) {
      try {
        return isWebAddress(new URI(value));
      } catch (URISyntaxException e) {
        return false;
      }
    }

    static boolean isWebAddress(URI uri) {
      if (Characters.hasControlOrDirectionControl(uri.toString())) {
        return false;
      }
      String scheme = uri.getScheme();
      if (scheme == null || uri.isOpaque()) {
        return false;
      }
      String lowerScheme = scheme.toLowerCase(Locale.ROOT);
      if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
        return false;
      }
      if (uri.getHost() != null) {
        return !uri.getHost().isEmpty();
      }
      String authority = uri.getRawAuthority();
      if (authority == null) {
        return false;
      }
      String host = authority.substring(authority.lastIndexOf('@') + 1);
      int port = host.lastIndexOf(':');
      if (port >= 0) {
        host = host.substring(0, port);
      }
      try {
        String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        return !ascii.isEmpty() && new URI(lowerScheme, ascii, "/", null).getHost() != null;
      } catch (IllegalArgumentException | URISyntaxException e) {
        return false;
      }
    }
  }
}
