package org.spinecase.application;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record after the caller loaded it; saving now would silently undo their
 * change, so the caller has to reload and apply theirs again.
 */
@ApplicationException(rollback = true)
public class StaleRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final long recordId;

  public StaleRecordException(String recordType, long recordId) {
    super("This record was changed by someone else. Reload it and apply your changes again.");
    this.recordType = recordType;
    this.recordId = recordId;
  }

  public String getRecordType() {
    return recordType;
  }

  public long getRecordId() {
    return recordId;
  }
}
