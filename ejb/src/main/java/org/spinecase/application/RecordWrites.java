package org.spinecase.application;

import jakarta.persistence.OptimisticLockException;

/**
 * The two optimistic-locking rules every service applies when it changes a record: the edit must
 * be made on the version the user loaded, and a save that loses a race with another user's commit
 * is reported as stale rather than as a database error.
 */
final class RecordWrites {

  private RecordWrites() {}

  static void requireVersion(long actual, long expected, String recordType, long id) {
    if (actual != expected) {
      throw new StaleRecordException(recordType, id);
    }
  }

  /** Runs {@code flush} (writing now, not at commit) and turns a lost race into a stale record. */
  static void flushOrStale(Runnable flush, String recordType, long id) {
    try {
      flush.run();
    } catch (OptimisticLockException concurrentSave) {
      throw new StaleRecordException(recordType, id);
    }
  }
}
