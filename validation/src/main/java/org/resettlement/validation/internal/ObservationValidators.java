package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.resettlement.core.Category;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.StatisticMetric;
import org.resettlement.validation.internal.Constraints.CellsWithinTotal;
import org.resettlement.validation.internal.Constraints.ValueMatchesStatus;

/**
 * The validators of the rules on observations, the cells of publishers' tables: a value where the
 * status says there is one ({@link ValueMatchesStatus}), and cells that do not add up to more than
 * their published total ({@link CellsWithinTotal}).
 */
public final class ObservationValidators {
  private ObservationValidators() {}

  /**
   * {@link ValueMatchesStatus}: an observation has a value unless it is confidential or not
   * available, and then has none; reported at {@code value}.
   */
  public static final class ValueStatusValidator implements ConstraintValidator<ValueMatchesStatus, Observation> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ValueStatusValidator() {}

    @Override
    public boolean isValid(Observation observation, ConstraintValidatorContext context) {
      if (observation == null) {
        return true;
      }
      boolean valueless = observation.withheld() || observation.missing();
      if (valueless == observation.value().isPresent()) {
        Violations.at(context, "value");
        return false;
      }
      return true;
    }
  }

  //-----------------------------------------------------------------------
  /**
   * {@link CellsWithinTotal}: the cells below a total, along each dimension, do not add up to more
   * than the total, beyond the publisher's rounding.
   *
   * <p>A total is an observation of the dataset; the cells below it along a dimension are the
   * observations of the same metric, period and geography whose key is the total's with one more
   * dimension, that one. Their smallest true counts ({@link Observation#bounds()}, the value
   * widened by its rounding) are summed, counting only {@linkplain Parts parts that hold different
   * people}, and compared with the largest true count of the total: with Eurostat's rounding to 5,
   * cells may add up to 2 more than the total for each cell, and 2 more for the total, before
   * anything is reported. An observation without a value counts nothing; one whose definition
   * differs ({@link ObservationStatus#DEFINITION_DIFFERS}) counts another population and is left
   * out, as a cell and as a total; of two observations of the same cell, the first is used.
   *
   * <p>Reported once for each total that its cells exceed, at its {@code value}, as {@code
   * observations[3].value}, with the list of the {@link Dimension}s whose cells exceed it as the
   * violation's dynamic payload. (Two violations of one rule at one path with one message are one
   * violation to Bean Validation, so the dimensions cannot each have their own.)
   */
  public static final class CellsValidator implements ConstraintValidator<CellsWithinTotal, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public CellsValidator() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      if (dataset == null) {
        return true;
      }
      boolean valid = true;
      for (Map.Entry<Integer, List<Dimension>> excess : excesses(dataset.observations()).entrySet()) {
        Violations.withDetail(context, List.copyOf(excess.getValue()), "observations", excess.getKey(), "value");
        valid = false;
      }
      return valid;
    }
  }

  /** Which cell of a publisher's table an observation is. */
  private record Slot(StatisticMetric metric, DateRange period, Geography geography, DimensionKey key) {
    static Slot of(Observation observation) {
      return new Slot(observation.metric(), observation.period(), observation.geography(), observation.key());
    }

    Slot above(Dimension dimension) {
      return new Slot(metric, period, geography, key.without(dimension));
    }
  }

  /** The cells below one total along one dimension, summed as they are found. */
  private static final class Cells {
    final int total;
    final Dimension dimension;
    long sum;
    /** The age bands, which may overlap and are summed at the end, apart. */
    List<Category> bands;
    long[] bandFigures;

    Cells(int total, Dimension dimension) {
      this.total = total;
      this.dimension = dimension;
    }

    void add(Category category, long least) {
      if (!Parts.counted(category)) {
        return;
      }
      if (Parts.mayOverlap(category)) {
        if (bands == null) {
          bands = new ArrayList<>();
          bandFigures = new long[8];
        } else if (bands.size() == bandFigures.length) {
          bandFigures = Arrays.copyOf(bandFigures, bands.size() * 2);
        }
        bandFigures[bands.size()] = least;
        bands.add(category);
      } else {
        // One cell per key, so each other category of the dimension is here once.
        sum = Math.addExact(sum, least);
      }
    }

    long sum() {
      return bands == null
          ? sum
          : Math.addExact(sum, Parts.largestDisjointSum(bands, Arrays.copyOf(bandFigures, bands.size())));
    }
  }

  /**
   * The totals that their cells exceed, by index, each with the dimensions along which they do, in
   * the order found.
   */
  static Map<Integer, List<Dimension>> excesses(List<Observation> observations) {
    Map<Slot, Integer> slots = new HashMap<>(observations.size() * 4 / 3 + 1);
    for (int i = 0; i < observations.size(); i++) {
      slots.putIfAbsent(Slot.of(observations.get(i)), i);
    }
    Map<Dimension, Integer> dimensionNumbers = new HashMap<>();
    Map<Long, Cells> groups = new LinkedHashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation cell = observations.get(i);
      if (cell.key().empty() || !counts(cell)) {
        continue;
      }
      Slot slot = Slot.of(cell);
      if (slots.get(slot) != i) {
        continue;
      }
      long least = cell.bounds().orElseThrow().min();
      for (Map.Entry<Dimension, Category> pair : cell.key().asMap().entrySet()) {
        Integer total = slots.get(slot.above(pair.getKey()));
        if (total == null || !counts(observations.get(total)) || largest(observations.get(total)).isEmpty()) {
          continue;
        }
        Integer number = dimensionNumbers.computeIfAbsent(pair.getKey(), d -> dimensionNumbers.size());
        long group = (long) total * Integer.MAX_VALUE + number;
        groups.computeIfAbsent(group, g -> new Cells(total, pair.getKey())).add(pair.getValue(), least);
      }
    }
    Map<Integer, List<Dimension>> excesses = new LinkedHashMap<>();
    for (Cells cells : groups.values()) {
      if (cells.sum() > largest(observations.get(cells.total)).getAsLong()) {
        excesses.computeIfAbsent(cells.total, total -> new ArrayList<>()).add(cells.dimension);
      }
    }
    return excesses;
  }

  /** Whether an observation counts in a comparison of sums: it has a value of the series' definition. */
  private static boolean counts(Observation observation) {
    return observation.value().isPresent() && !observation.statuses().contains(ObservationStatus.DEFINITION_DIFFERS);
  }

  /** The largest true count of an observation with a value, if it has one. */
  private static OptionalLong largest(Observation observation) {
    Optional<Quantity> bounds = observation.bounds();
    return bounds.isPresent() ? bounds.get().max() : OptionalLong.empty();
  }
}
