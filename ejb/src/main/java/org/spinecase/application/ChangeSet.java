package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything one save changed in a patient's record: when, by whom, whether it created the record
 * or changed it ({@value #CREATED} or {@value #CHANGED}), and each field's before and after.
 */
public record ChangeSet(Instant at, String user, String kind, List<FieldChange> changes)
    implements Serializable {

  public static final String CREATED = "created";
  public static final String CHANGED = "changed";

  public ChangeSet {
    changes = List.copyOf(changes);
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public Instant getAt() {
    return at;
  }

  public String getUser() {
    return user;
  }

  public String getKind() {
    return kind;
  }

  public List<FieldChange> getChanges() {
    return changes;
  }
}
