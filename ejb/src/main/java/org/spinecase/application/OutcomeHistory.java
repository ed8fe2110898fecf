package org.spinecase.application;

import java.io.Serializable;
import java.util.List;

/**
 * A patient's finished scores over all the cases the caller may see, with the days treatment
 * started, which the chart draws as markers.
 */
public record OutcomeHistory(List<ScoreRow> rows, List<TreatmentEvent> treatmentEvents)
    implements Serializable {

  public OutcomeHistory {
    rows = List.copyOf(rows);
    treatmentEvents = List.copyOf(treatmentEvents);
  }

  public List<ScoreRow> getRows() {
    return rows;
  }

  public List<TreatmentEvent> getTreatmentEvents() {
    return treatmentEvents;
  }
}
