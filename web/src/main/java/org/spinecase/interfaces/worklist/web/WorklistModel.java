package org.spinecase.interfaces.worklist.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistPage;
import org.spinecase.application.WorklistRow;
import org.spinecase.application.WorklistService;
import org.spinecase.application.WorklistSort;

/**
 * One page of a worklist, paged and sorted by the service in SQL (red flags first whatever the
 * sort). {@link #count} answers 0 on purpose: {@link #load} gets the total with the page, so the
 * list is not queried (and its access logged) twice per page.
 */
class WorklistModel extends LazyDataModel<WorklistRow> {

  private static final long serialVersionUID = 1L;

  private final WorklistService service;
  private final Worklist worklist;
  private final WorklistFilter filter;

  WorklistModel(WorklistService service, Worklist worklist, WorklistFilter filter) {
    this.service = service;
    this.worklist = worklist;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return 0;
  }

  @Override
  public List<WorklistRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy.values().stream()
            .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .orElse(null);
    // longest waiting first unless the user sorts otherwise
    boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
    WorklistPage page = service.page(worklist, filter, first, pageSize, sortOf(sort), ascending);
    setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
    return page.rows();
  }

  @Override
  public String getRowKey(WorklistRow row) {
    return row.caseId() != null ? "c" + row.caseId() : "r" + row.referralId();
  }

  /** Column fields as index.xhtml names them; anything else sorts by waiting time. */
  static WorklistSort sortOf(SortMeta sort) {
    String field = sort == null ? "" : String.valueOf(sort.getField());
    return switch (field) {
      case "patientName" -> WorklistSort.PATIENT;
      case "status" -> WorklistSort.STATUS;
      case "dueOn" -> WorklistSort.DUE_ON;
      case "receivedOn" -> WorklistSort.RECEIVED_ON;
      default -> WorklistSort.WAITING;
    };
  }
}
