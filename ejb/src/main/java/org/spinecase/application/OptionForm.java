package org.spinecase.application;

import java.io.Serializable;

/** One answer an item offers: the value stored and scored, and its label. */
public record OptionForm(int value, String label) implements Serializable {

  public int getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }
}
