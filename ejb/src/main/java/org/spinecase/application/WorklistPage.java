package org.spinecase.application;

import java.io.Serializable;
import java.util.List;

/** One page of a worklist and how many rows the list has in total, for the paginator. */
public record WorklistPage(List<WorklistRow> rows, long total) implements Serializable {

  public WorklistPage {
    rows = List.copyOf(rows);
  }

  public List<WorklistRow> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }
}
