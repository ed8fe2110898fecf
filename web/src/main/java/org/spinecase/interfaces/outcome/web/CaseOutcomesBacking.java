package org.spinecase.interfaces.outcome.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.MeasureSetStatus;
import org.spinecase.interfaces.casefile.web.CaseViewBacking;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * The "Outcome measures" tab of cases/view.xhtml: the measure sets due (also for the coordinator,
 * who books the visits but sees no scores), the case's responses with their scores, and the PHQ-9
 * safety alerts, which a clinician on the team acknowledges with a note. It reads them from the
 * case page's one read model ({@link CaseViewBacking#getPage}) and only writes on its own.
 */
@Named
@ViewScoped
public class CaseOutcomesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String NOTE = "ackForm:note";

  @Inject private OutcomeService outcomes;
  @Inject private CaseViewBacking caseView;
  @Inject private SignedInClinician clinician;

  private SafetyAlert alertToAcknowledge;
  private String note;

  private void refresh() {
    caseView.refresh();
  }

  public void chooseAlert(long alertId) {
    alertToAcknowledge = getAlerts().stream().filter(a -> a.getId() == alertId).findFirst().orElse(null);
    note = null;
  }

  public void acknowledge() {
    if (alertToAcknowledge == null) {
      return;
    }
    try {
      outcomes.acknowledge(alertToAcknowledge.getId(), alertToAcknowledge.getVersion(), note);
      alertToAcknowledge = null;
      note = null;
      refresh();
      PageMessages.info(PageMessages.text("oc", "alert.acknowledged"));
    } catch (StaleRecordException e) {
      refresh();
      alertToAcknowledge = getAlerts().stream()
          .filter(a -> alertToAcknowledge != null && a.getId().equals(alertToAcknowledge.getId()))
          .findFirst().orElse(null);
      PageMessages.error(PageMessages.text("oc", "alert.conflict"));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (InvalidInputException e) {
      for (FieldViolation v : e.getViolations()) {
        if ("note".equals(v.field())) {
          PageMessages.fieldError(NOTE, v.message());
        } else {
          PageMessages.error(v.message());
        }
      }
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Scores, responses and alerts: the recording roles; the coordinator sees only due sets. */
  public boolean isMaySeeScores() {
    return OutcomeAccess.mayRecord(clinician);
  }

  public List<MeasureSet> getOpenSets() {
    return getSets().stream().filter(s -> s.getStatus() == MeasureSetStatus.OPEN).toList();
  }

  public List<MeasureSet> getSets() {
    return caseView.getPage().measureSets();
  }

  public boolean overdue(MeasureSet set) {
    return set.isOverdue(ClinicTime.today());
  }

  /** Due now or already: the set is on the worklist (from 14 days before it is due). */
  public boolean dueSoon(MeasureSet set) {
    return !set.getDueOn().isAfter(ClinicTime.today().plusDays(14));
  }

  public LocalDate getToday() {
    return ClinicTime.today();
  }

  public List<InstrumentResponse> getResponses() {
    return caseView.getPage().responses();
  }

  public List<SafetyAlert> getAlerts() {
    return caseView.getPage().alerts();
  }

  public String score(InstrumentResponse response) {
    return OutcomeTerms.format(response.getInstrumentCode(), response.getTotal());
  }

  public SafetyAlert getAlertToAcknowledge() {
    return alertToAcknowledge;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
