package org.spinecase.interfaces.worklist.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistRow;
import org.spinecase.application.WorklistService;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * index.xhtml: the worklist every clinician lands on. One tab per list the user's roles come
 * with, each with its count; the active list and its filter live in the URL (list, q, status,
 * question, red), so a filtered list can be bookmarked and the back button works. The rows are
 * paged and sorted by the service in SQL, red flags always first.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorklistService service;
  @Inject private SignedInClinician clinician;

  private String list;
  private String q;
  private CaseStatus status;
  private ReferralQuestion question;
  private boolean red;

  private List<Worklist> lists = List.of();
  private Map<Worklist, Long> counts = Map.of();
  private Worklist active;
  private WorklistModel rows;

  /** Lists and counts before rendering; the administrator has no worklist (no clinical data). */
  public void load() {
    if (!clinician.isClinical()) {
      return;
    }
    lists = Worklist.forRoles(clinician.getRoleSet());
    if (lists.isEmpty()) {
      return;
    }
    active = lists.stream().filter(l -> l.name().equals(list)).findFirst().orElse(lists.get(0));
    // the filter's redirect keeps the tab
    list = active.name();
    counts = new EnumMap<>(service.counts());
  }

  /** The filter is a redirect to the bookmarkable address; paging then runs by Ajax. */
  public String applyFilter() {
    return "/index?faces-redirect=true&includeViewParams=true";
  }

  public String clearFilter() {
    return "/index?faces-redirect=true&list=" + (active == null ? "" : active.name());
  }

  public LazyDataModel<WorklistRow> getRows() {
    if (rows == null && active != null) {
      rows = new WorklistModel(service, active, filter());
    }
    return rows;
  }

  private WorklistFilter filter() {
    WorklistFilter filter = new WorklistFilter();
    filter.setText(q);
    filter.setStatus(isStatusFilterShown() ? status : null);
    filter.setQuestion(question);
    filter.setRedFlagOnly(red ? Boolean.TRUE : null);
    return filter;
  }

  public long count(Worklist worklist) {
    Long count = counts.get(worklist);
    return count == null ? 0 : count;
  }

  public boolean isFiltered() {
    return q != null || status != null || question != null || red;
  }

  /** The status filter only means something on lists of cases in different statuses. */
  public boolean isStatusFilterShown() {
    return active == Worklist.MY_CASES || active == Worklist.TEAM_CASES;
  }

  public boolean isCaseList() {
    return active == Worklist.MY_CASES
        || active == Worklist.TEAM_CASES
        || active == Worklist.READY_FOR_MDT
        || active == Worklist.STUDIES_OUTSTANDING
        || active == Worklist.SAFETY_ALERTS;
  }

  public boolean isDueShown() {
    return active == Worklist.AWAITING_INFORMATION
        || active == Worklist.MEASURES_DUE
        || active == Worklist.STUDIES_OUTSTANDING;
  }

  /** Workup studies awaiting results: the status column names the studies, the date the oldest order. */
  public boolean isStudiesList() {
    return active == Worklist.STUDIES_OUTSTANDING;
  }

  /** Outcome measure sets due: the status column names the time point and the instruments. */
  public boolean isMeasuresList() {
    return active == Worklist.MEASURES_DUE;
  }

  public List<CaseStatus> getStatuses() {
    return List.of(CaseStatus.values());
  }

  public List<ReferralQuestion> getQuestions() {
    return List.of(ReferralQuestion.values());
  }

  public List<Worklist> getLists() {
    return lists;
  }

  public Worklist getActive() {
    return active;
  }

  public String getList() {
    return list;
  }

  public void setList(String list) {
    this.list = list;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.isBlank() ? null : q.strip();
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public ReferralQuestion getQuestion() {
    return question;
  }

  public void setQuestion(ReferralQuestion question) {
    this.question = question;
  }

  public boolean isRed() {
    return red;
  }

  public void setRed(boolean red) {
    this.red = red;
  }
}
