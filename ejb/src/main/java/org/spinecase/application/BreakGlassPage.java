package org.spinecase.application;

import java.io.Serializable;
import java.util.List;
import org.spinecase.domain.model.security.BreakGlassGrant;

/** One page of the break-glass review list and how many grants it has in total. */
public record BreakGlassPage(List<BreakGlassGrant> rows, long total) implements Serializable {

  public BreakGlassPage {
    rows = List.copyOf(rows);
  }

  public List<BreakGlassGrant> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }
}
