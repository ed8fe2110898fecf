package org.spinecase.application;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * No such record, or none the caller may see: the two are deliberately not told apart so that
 * record ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final long recordId;

  public RecordNotFoundException(String recordType, long recordId) {
    super("The " + readable(recordType) + " was not found.");
    this.recordType = recordType;
    this.recordId = recordId;
  }

  private static String readable(String recordType) {
    return recordType.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  public String getRecordType() {
    return recordType;
  }

  public long getRecordId() {
    return recordId;
  }
}
