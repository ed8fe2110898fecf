package org.spinecase.application;

import java.io.Serializable;
import java.util.List;

/** One page of a patient list and how many patients match in total, for the paginator. */
public record PatientPage(List<PatientSummary> rows, long total) implements Serializable {

  public PatientPage {
    rows = List.copyOf(rows);
  }
}
