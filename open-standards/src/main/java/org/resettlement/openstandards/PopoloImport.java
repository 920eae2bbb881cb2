package org.resettlement.openstandards;

import java.util.List;
import java.util.Objects;
import org.resettlement.core.Dataset;

/**
 * What was read from a Popolo document: a dataset of its organisations, people, memberships and
 * events, and the issues, each with its place in the document, of what the dataset does not hold
 * as the document says it.
 *
 * <p>Nothing is dropped without an issue. A record the model cannot build (an organisation
 * without a name, an event without a start date) is left out of the dataset with an issue at its
 * place; a property the model has no place for (an organisation's {@code founding_date}) is left
 * out with an issue; a value read in part (a membership's start date with a time of day) is read
 * with an issue that says what was not kept. {@link #complete()} tells whether there is none.
 *
 * <pre>{@code
 * PopoloImport read = Popolo.read(document);
 * read.issues().forEach(issue -> log.warn("{}", issue));   // memberships[3].post_id: not imported: ...
 * Dataset dataset = read.dataset();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PopoloImport {
  private final Dataset dataset;
  private final List<ImportIssue> issues;

  PopoloImport(Dataset dataset, List<ImportIssue> issues) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.issues = List.copyOf(issues);
  }

  /**
   * Returns the records read: the organisations, people, memberships and events the document
   * gives, in its order, as far as the model holds them.
   *
   * @return the dataset, not null
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns what the dataset does not hold as the document says it, in the order of the document.
   *
   * @return the unmodifiable list of issues, empty if everything was read as said, not null
   */
  public List<ImportIssue> issues() {
    return issues;
  }

  /**
   * Checks whether the dataset holds everything the document says, as it says it.
   *
   * @return true if there are no issues
   */
  public boolean complete() {
    return issues.isEmpty();
  }

  /**
   * Returns the number of records read and the issues, one per line.
   *
   * @return a summary for a log, not null
   */
  @Override
  public String toString() {
    StringBuilder summary =
        new StringBuilder()
            .append(dataset.organisations().size()).append(" organisations, ")
            .append(dataset.people().size()).append(" people, ")
            .append(dataset.memberships().size()).append(" memberships, ")
            .append(dataset.events().size()).append(" events; ")
            .append(issues.size()).append(issues.size() == 1 ? " issue" : " issues");
    for (ImportIssue issue : issues) {
      summary.append("\n  ").append(issue);
    }
    return summary.toString();
  }
}
