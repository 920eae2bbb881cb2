package org.resettlement.benchmarks.baseline;

import java.util.List;
import java.util.Set;
import org.resettlement.core.DateRange;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;

/**
 * The baseline of an observation's memory: the fields of {@code Observation} as a plain record, in
 * the cheapest plain form, as {@link RecordModel} holds the other records (nullable components
 * instead of {@code Optional}s; the collections it is given, not copies).
 *
 * @param metric what was counted
 * @param key which population
 * @param value the count, or null if withheld or missing
 * @param statuses the statuses
 * @param rounding the publisher's rounding, or null
 * @param period the period
 * @param geography where
 * @param note a note, or null
 * @param sources the sources, shared by the cells of a table
 */
public record ObservationRecord(
    StatisticMetric metric,
    DimensionKey key,
    Quantity value,
    Set<ObservationStatus> statuses,
    Rounding rounding,
    DateRange period,
    Geography geography,
    LocalizedText note,
    List<Source> sources) {}
