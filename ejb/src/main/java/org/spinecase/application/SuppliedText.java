package org.spinecase.application;

import java.io.Serializable;

/**
 * One piece of licensed text the clinic supplies: an item's stem ({@code optionValue} null) or the
 * label of one of its answers. Item 0 is the instrument's lead-in (its instructions).
 */
public record SuppliedText(int item, Integer optionValue, String text) implements Serializable {

  public int getItem() {
    return item;
  }

  public Integer getOptionValue() {
    return optionValue;
  }

  public String getText() {
    return text;
  }
}
