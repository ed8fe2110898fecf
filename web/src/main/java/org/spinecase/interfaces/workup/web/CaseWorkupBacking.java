package org.spinecase.interfaces.workup.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * The "Workup" tab of cases/view.xhtml: how far the workup is (sections complete, signed or not,
 * studies awaiting results) with the links to the workup and its summary.
 */
@Named
@ViewScoped
public class CaseWorkupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupService workups;
  @Inject private SignedInClinician clinician;

  private WorkupView view;

  /** After the case page has loaded its case (a case the user may not see is a 404 before). */
  public void load(Long caseId) {
    if (caseId == null || FacesContext.getCurrentInstance().getResponseComplete() || !clinician.isClinical()) {
      return;
    }
    try {
      view = workups.view(caseId);
    } catch (EJBAccessException e) {
      view = null;
    }
  }

  public boolean isAvailable() {
    return view != null;
  }

  public WorkupView getView() {
    return view;
  }

  public long getCompleteCount() {
    return view == null ? 0 : view.getSections().stream().filter(SectionState::complete).count();
  }

  public int getSectionCount() {
    return WorkupSection.values().length;
  }

  public long getOutstandingCount() {
    return view == null ? 0 : view.getStudies().stream().filter(StudyRow::isOutstanding).count();
  }

  public boolean isStarted() {
    return view != null && view.getWorkupId() != null;
  }

  /** Clinical content (sections, summary): not the coordinator's, who chases studies only. */
  public boolean isClinicalReader() {
    return clinician.isMayRecordOutcomes();
  }
}
