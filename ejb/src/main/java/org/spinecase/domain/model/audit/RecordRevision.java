package org.spinecase.domain.model.audit;

import java.time.Instant;

/**
 * One saved state of a clinical record from its history, with when, who and what kind of change
 * produced it. Independent of Envers so that history can be compiled and tested without a database.
 *
 * @param number revision number; one transaction, one number, across all records
 * @param state the record as it was after that revision
 */
public record RecordRevision<T>(long number, Instant at, String username, Kind kind, T state) {

  /** What the revision did to the record. */
  public enum Kind {
    CREATED,
    CHANGED,
    REMOVED
  }
}
