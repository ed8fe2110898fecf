package org.spinecase.interfaces.workup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.casefile.web.CaseViewBacking;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * The "Workup" tab of cases/view.xhtml: how far the workup is (sections complete, signed or not,
 * studies awaiting results) with the links to the workup and its summary, read from the case
 * page's one read model ({@link CaseViewBacking#getPage}).
 */
@Named
@ViewScoped
public class CaseWorkupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseViewBacking caseView;
  @Inject private SignedInClinician clinician;

  public boolean isAvailable() {
    return getView() != null;
  }

  public WorkupView getView() {
    return caseView.getPage() == null ? null : caseView.getPage().workup();
  }

  public long getCompleteCount() {
    WorkupView view = getView();
    return view == null ? 0 : view.getSections().stream().filter(SectionState::complete).count();
  }

  public int getSectionCount() {
    return WorkupSection.values().length;
  }

  public long getOutstandingCount() {
    WorkupView view = getView();
    return view == null ? 0 : view.getStudies().stream().filter(StudyRow::isOutstanding).count();
  }

  public boolean isStarted() {
    WorkupView view = getView();
    return view != null && view.getWorkupId() != null;
  }

  /** Clinical content (sections, summary): not the coordinator's, who chases studies only. */
  public boolean isClinicalReader() {
    return clinician.isMayRecordOutcomes();
  }
}
