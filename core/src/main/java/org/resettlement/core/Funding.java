package org.resettlement.core;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money behind a {@link Project}: who gave it, under which programme or instrument, how much,
 * and for which year.
 *
 * <p>"Funded by the European Refugee Fund Centralised Actions 2005 (European Commission)" is a
 * funding from the European Commission under that programme for 2005, amount unknown.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Funding implements WithFunding {

  Funding() {}

  /**
   * Returns who gave the money: an organisation, a state or a person.
   *
   * @return the funder, or empty if only the programme is known
   */
  public abstract Optional<Actor> funder();

  /**
   * Returns the programme, fund or instrument the money came through.
   *
   * @return the programme's name, or empty
   */
  public abstract Optional<LocalizedText> programme();

  /**
   * Returns how much was given.
   *
   * @return the amount, or empty
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * Returns the budget or call year of the funding.
   *
   * @return the year, or empty
   */
  public abstract Optional<Year> year();

  /**
   * Creates a builder for a funding.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding}; every field is optional. */
  public static final class Builder extends ImmutableFunding.Builder {
    /** Creates an empty builder; the same as {@link Funding#builder()}. */
    public Builder() {}
  }
}
