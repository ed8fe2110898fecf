package org.spinecase.interfaces.patient.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.spinecase.application.PatientPage;
import org.spinecase.application.PatientSearch;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSort;
import org.spinecase.application.PatientSummary;

/**
 * The patient list, one page at a time, paged and sorted in the database.
 *
 * <p>{@link #count} answers 0 on purpose: the service returns the page and the total in one
 * call, so {@link #load} sets the row count; asking separately would run the search (and write
 * its access-log entry) twice per page.
 */
class PatientListModel extends LazyDataModel<PatientSummary> {

  private static final long serialVersionUID = 1L;

  /** The container's proxy, which survives serialisation of the view state. */
  private final PatientService service;
  private final PatientSearch criteria;

  PatientListModel(PatientService service, PatientSearch criteria) {
    this.service = service;
    this.criteria = criteria;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return 0;
  }

  @Override
  public List<PatientSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy.values().stream()
            .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .orElse(null);
    boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
    PatientPage page = service.search(criteria, first, pageSize, sortOf(sort), ascending);
    setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
    return page.rows();
  }

  @Override
  public String getRowKey(PatientSummary patient) {
    return String.valueOf(patient.id());
  }

  /** Column fields as the search page names them; anything else sorts by name. */
  static PatientSort sortOf(SortMeta sort) {
    String field = sort == null ? "" : String.valueOf(sort.getField());
    return switch (field) {
      case "mrn" -> PatientSort.MRN;
      case "dateOfBirth" -> PatientSort.DATE_OF_BIRTH;
      case "changedAt" -> PatientSort.CHANGED_AT;
      default -> PatientSort.NAME;
    };
  }
}
