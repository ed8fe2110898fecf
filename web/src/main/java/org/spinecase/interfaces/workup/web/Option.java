package org.spinecase.interfaces.workup.web;

import java.io.Serializable;

/** One choice of a select in the workup forms: the code stored and the clinic's words for it. */
public record Option(String value, String label) implements Serializable {

  public String getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }
}
