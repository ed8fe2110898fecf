package org.spinecase.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A day the chart marks, such as the start of treatment, so scores can be read against it. */
public record TreatmentEvent(LocalDate on, String label, long caseId) implements Serializable {

  public LocalDate getOn() {
    return on;
  }

  public String getLabel() {
    return label;
  }

  public long getCaseId() {
    return caseId;
  }
}
