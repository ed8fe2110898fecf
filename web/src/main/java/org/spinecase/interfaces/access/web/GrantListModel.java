package org.spinecase.interfaces.access.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.spinecase.application.BreakGlassPage;
import org.spinecase.application.BreakGlassService;
import org.spinecase.domain.model.security.BreakGlassGrant;

/**
 * Break-glass grants one page at a time, in the service's order (unreviewed first, newest first).
 * {@link #count} answers 0 on purpose: {@link #load} gets the total with the page.
 */
class GrantListModel extends LazyDataModel<BreakGlassGrant> {

  private static final long serialVersionUID = 1L;

  private final BreakGlassService service;
  private final boolean unreviewedOnly;

  GrantListModel(BreakGlassService service, boolean unreviewedOnly) {
    this.service = service;
    this.unreviewedOnly = unreviewedOnly;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return 0;
  }

  @Override
  public List<BreakGlassGrant> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    BreakGlassPage page = service.grants(first, pageSize, unreviewedOnly);
    setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
    return page.rows();
  }

  @Override
  public String getRowKey(BreakGlassGrant grant) {
    return String.valueOf(grant.getId());
  }
}
