package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;

/**
 * The quantity rules report exactly the pairs that are certainly wrong, for many generated pairs
 * of every qualifier. The oracle enumerates the counts each quantity allows, instead of using
 * their bounds as the rules do, so the two must agree independently.
 */
class QuantityRulesPropertyTest {

  private static final int CASES = 300;
  private static final int LARGEST = 40;
  /** Counts "over n" may stand for, as far as the oracle looks: far beyond any generated figure. */
  private static final int HORIZON = 1_000;

  private final Validator validator = Validators.validator();

  private static Quantity randomQuantity(Random random) {
    int figure = random.nextInt(LARGEST);
    switch (random.nextInt(5)) {
      case 0:
        return Quantity.exactly(figure);
      case 1:
        return Quantity.approximately(figure);
      case 2:
        return Quantity.atLeast(figure);
      case 3:
        return Quantity.atMost(figure);
      default:
        return Quantity.between(figure, figure + random.nextInt(LARGEST));
    }
  }

  /** The counts a quantity allows; an approximate figure is taken as stated. */
  private static LongStream counts(Quantity quantity) {
    switch (quantity.qualifier()) {
      case EXACT:
      case APPROXIMATE:
        return LongStream.of(quantity.value());
      case AT_LEAST:
        return LongStream.rangeClosed(quantity.value(), HORIZON);
      case AT_MOST:
        return LongStream.rangeClosed(0, quantity.value());
      default:
        return LongStream.rangeClosed(quantity.min(), quantity.max().getAsLong());
    }
  }

  /** Whether every count of the first is above every count of the second. */
  private static boolean certainlyAbove(Quantity first, Quantity second) {
    return counts(first).allMatch(a -> counts(second).allMatch(b -> a > b));
  }

  private static boolean breaks(Set<? extends ConstraintViolation<?>> violations, Rule rule) {
    return violations.stream().anyMatch(v -> Rule.of(v).orElseThrow() == rule);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 2012, 20_000})
  void fulfilledWithinPledged_reportsExactlyTheCertainExcesses(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      Quantity pledged = randomQuantity(random);
      Quantity fulfilled = randomQuantity(random);
      Pledge pledge =
          Samples.pledge("p").withQuantity(pledged).withFulfilled(fulfilled).withStatus(PledgeStatus.IN_PROGRESS);

      assertThat(breaks(validator.validate(pledge), Rule.FULFILLED_WITHIN_PLEDGED))
          .as("seed %d, case %d: pledged %s, fulfilled %s", seed, i, pledged, fulfilled)
          .isEqualTo(certainlyAbove(fulfilled, pledged));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 2012, 20_000})
  void arrivalsWithinPlaces_warnsOfExactlyTheCertainExcesses(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      Quantity places = randomQuantity(random);
      Quantity arrivals = randomQuantity(random);
      ResettlementQuota quota = Samples.quota("q").withPlaces(places).withArrivals(arrivals);

      assertThat(breaks(validator.validate(quota), Rule.ARRIVALS_WITHIN_PLACES))
          .as("seed %d, case %d: places %s, arrivals %s", seed, i, places, arrivals)
          .isEqualTo(certainlyAbove(arrivals, places));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 2012, 20_000})
  void pledgeStatusMatchesFulfilment_fulfilledIsReportedExactlyWhenCertainlyShort(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      Quantity pledged = randomQuantity(random);
      Quantity fulfilled = randomQuantity(random);
      Pledge pledge =
          Samples.pledge("p").withQuantity(pledged).withFulfilled(fulfilled).withStatus(PledgeStatus.FULFILLED);

      assertThat(breaks(validator.validate(pledge), Rule.PLEDGE_STATUS_MATCHES_FULFILMENT))
          .as("seed %d, case %d: pledged %s, fulfilled %s", seed, i, pledged, fulfilled)
          .isEqualTo(certainlyAbove(pledged, fulfilled));
    }
  }
}
