package org.spinecase.application;

import java.io.Serializable;
import java.util.List;

/** One item of an {@link InstrumentForm}; no options means a numeric scale (the EQ VAS). */
public record ItemForm(int number, String label, int min, int max, List<OptionForm> options)
    implements Serializable {

  public ItemForm {
    options = List.copyOf(options);
  }

  public int getNumber() {
    return number;
  }

  public String getLabel() {
    return label;
  }

  public int getMin() {
    return min;
  }

  public int getMax() {
    return max;
  }

  public List<OptionForm> getOptions() {
    return options;
  }

  public boolean isScale() {
    return options.isEmpty();
  }
}
