package org.resettlement.json.support;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.CountryCode;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;

/**
 * The JSON form of an {@link Actor}, as far as it does not depend on the JSON library: an object
 * with exactly one property, named after the {@linkplain ActorKind kind of actor}, whose value is
 * the reference: {@code {"organisation": "ccme"}}, {@code {"person": "jose-magalhaes"}} or {@code
 * {"country": "PT"}}.
 *
 * <p>The set of kinds is closed. No type information is read from a document other than these
 * three names, so no Java class can be named in it.
 */
public final class ActorForm {
  private static final Map<String, ActorKind> KINDS = KebabCase.byName(ActorKind.class);
  private static final Map<ActorKind, String> NAMES = new EnumMap<>(ActorKind.class);
  private static final Map<ActorKind, Function<String, Actor>> FACTORIES = new EnumMap<>(ActorKind.class);
  private static final String KIND_NAMES = String.join(", ", KINDS.keySet());

  /** What an actor looks like, for a value of another JSON type. */
  public static final String EXPECTED = "an object naming one actor, such as {\"organisation\": \"ccme\"}";
  /** The reason for an object that names no actor. */
  public static final String NONE_NAMED = "an actor must name one of " + KIND_NAMES + ", found none";
  /** The reason for an object that names more than one actor. */
  public static final String MORE_THAN_ONE_NAMED = "an actor must name only one of " + KIND_NAMES;

  static {
    KINDS.forEach((name, kind) -> NAMES.put(kind, name));
    FACTORIES.put(ActorKind.ORGANISATION, OrganisationId::of);
    FACTORIES.put(ActorKind.PERSON, PersonId::of);
    FACTORIES.put(ActorKind.COUNTRY, CountryCode::of);
  }

  private ActorForm() {}

  /**
   * Returns the property name of an actor's kind.
   *
   * @param actor  the actor, not null
   * @return the name, such as {@code organisation}, not null
   */
  public static String propertyOf(Actor actor) {
    return NAMES.get(actor.actorKind());
  }

  /**
   * Finds the kind of actor a property names.
   *
   * @param name  the property's name, not null
   * @return the kind, not null
   * @throws WireProblem if the name is not that of a kind
   */
  public static ActorKind kind(String name) {
    ActorKind kind = KINDS.get(name);
    if (kind == null) {
      throw new WireProblem("unknown kind of actor; expected one of " + KIND_NAMES);
    }
    return kind;
  }

  /**
   * Says what the value of a kind's property looks like.
   *
   * @param kind  the kind, not null
   * @return the description, such as {@code "the reference to the organisation as a string"}
   */
  public static String expectedReference(ActorKind kind) {
    return "the reference to the " + NAMES.get(kind) + " as a string";
  }

  /**
   * Reads the reference to an actor of a kind.
   *
   * @param kind  the kind, not null
   * @param reference  the text of the property, not null
   * @return the actor, not null
   * @throws WireProblem if the text is not a reference to an actor of that kind
   */
  public static Actor reference(ActorKind kind, String reference) {
    try {
      return FACTORIES.get(kind).apply(reference);
    } catch (InvalidValueException e) {
      throw new WireProblem(Wording.invalidText(reference, "a reference to a " + NAMES.get(kind), e));
    }
  }
}
