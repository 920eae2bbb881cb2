package org.resettlement.core;

import java.util.List;

/**
 * A record of a {@link Dataset}: it has an identifier of its own type and cites its sources.
 *
 * @param <I> the identifier type
 */
public interface DatasetRecord<I extends RecordId<I>> {

  /**
   * Returns the identifier of this record.
   *
   * @return the identifier, not null
   */
  I id();

  /**
   * Returns the sources the facts of this record come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  List<Source> sources();
}
