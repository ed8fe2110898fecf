package org.spinecase.application;

import java.io.Serializable;

/**
 * One field's value before and after a change, as text for people; {@code null} where there was no
 * value.
 */
public record FieldChange(String field, String before, String after) implements Serializable {

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
