package org.spinecase.interfaces.outcome.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.PatientService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.outcome.Answers;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.SignedInClinician;
import org.spinecase.interfaces.shared.web.TabletHandOver;

/**
 * outcomes/tablet.xhtml?response=: the questionnaire handed to the patient on a tablet, one
 * question per screen. Every tap saves that answer at once (OutcomeService.answer), so nothing is
 * lost if the tablet is put down or the page reloaded: it opens again at the first unanswered
 * question. The patient sees only their first name and the questions; the last screen asks them
 * to hand the tablet back. Opening the page locks the session to this questionnaire
 * (TabletHandOver); the clinician takes the tablet back by signing in again and finishes the
 * response on the desktop form.
 */
@Named
@ViewScoped
public class OutcomeTabletBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OutcomeService outcomes;
  @Inject private PatientService patients;
  @Inject private SignedInClinician clinician;

  private String responseParam;
  private long responseId;
  private long caseId;
  private long version;
  private ResponseStatus status;
  private RecallPeriod recallPeriod;
  private String firstName;
  private FormView form;
  private Map<Integer, Integer> answers = new HashMap<>();
  /** 0-based question on screen; the item count means the closing screen. */
  private int index;
  private Integer scaleValue;
  private boolean saveFailed;

  public void load() {
    if (!OutcomeAccess.mayRecord(clinician)) {
      ErrorPages.forbidden();
      return;
    }
    Long id = ErrorPages.parseId(responseParam);
    if (id == null) {
      ErrorPages.notFound();
      return;
    }
    InstrumentResponse response = outcomes.get(id);
    responseId = id;
    TabletHandOver.lock(id);
    caseId = response.getCaseFile().getId();
    recallPeriod = response.getRecallPeriod();
    firstName = patients.get(response.getPatient().getId()).getGivenName();
    form = outcomes.instruments(response.getLanguage()).stream()
        .filter(f -> f.code().equals(response.getInstrumentCode()))
        .findFirst()
        .map(FormView::new)
        .orElseThrow();
    take(response);
    index = firstUnanswered();
    scaleValue = current() == null ? null : answers.get(current().getNumber());
  }

  private void take(InstrumentResponse response) {
    version = response.getVersion();
    status = response.getStatus();
    Answers given = response.getAnswers();
    Map<Integer, Integer> copy = new HashMap<>();
    for (int item : given.answered()) {
      given.value(item).ifPresent(v -> copy.put(item, v));
    }
    answers = copy;
  }

  private int firstUnanswered() {
    for (int i = 0; i < form.getItemCount(); i++) {
      if (!answers.containsKey(form.getItems().get(i).getNumber())) {
        return i;
      }
    }
    return form.getItemCount();
  }

  /** The patient tapped an answer: saved at once, then the next question. */
  public void choose(int value) {
    FormView.ItemView item = current();
    if (item == null || !isEditable()) {
      return;
    }
    if (save(item.getNumber(), value)) {
      next();
    }
  }

  /** The numeric scale (EQ VAS): saved with "Next". */
  public void saveScale() {
    FormView.ItemView item = current();
    if (item == null || scaleValue == null) {
      next();
      return;
    }
    if (save(item.getNumber(), scaleValue)) {
      next();
    }
  }

  private boolean save(int item, int value) {
    Map<Integer, Set<Integer>> change = Map.of(item, Set.of(value));
    saveFailed = false;
    try {
      take(outcomes.answer(responseId, version, change));
      return true;
    } catch (StaleRecordException e) {
      // the clinician's form saved meanwhile: take its version and apply this tap over it
      take(outcomes.get(responseId));
      if (!isEditable()) {
        return false;
      }
      try {
        take(outcomes.answer(responseId, version, change));
        return true;
      } catch (StaleRecordException again) {
        saveFailed = true;
        return false;
      }
    }
  }

  public void next() {
    if (index < form.getItemCount()) {
      index++;
    }
    scaleValue = current() == null ? null : answers.get(current().getNumber());
  }

  public void back() {
    if (index > 0) {
      index--;
    }
    scaleValue = current() == null ? null : answers.get(current().getNumber());
  }

  public FormView.ItemView current() {
    return index < form.getItemCount() ? form.getItems().get(index) : null;
  }

  public FormView.ItemView getCurrent() {
    return current();
  }

  public boolean isDone() {
    return index >= form.getItemCount();
  }

  public boolean isEditable() {
    return status == ResponseStatus.IN_PROGRESS;
  }

  public boolean isSelected(int value) {
    FormView.ItemView item = current();
    return item != null && Integer.valueOf(value).equals(answers.get(item.getNumber()));
  }

  public int getQuestionNumber() {
    return index + 1;
  }

  public int getQuestionCount() {
    return form.getItemCount();
  }

  public int getAnsweredCount() {
    return answers.size();
  }

  /** Percent of the questions answered, for the progress bar. */
  public int getProgress() {
    return form.getItemCount() == 0 ? 100 : answers.size() * 100 / form.getItemCount();
  }

  public String getResponseParam() {
    return responseParam;
  }

  public void setResponseParam(String responseParam) {
    this.responseParam = responseParam;
  }

  public long getResponseId() {
    return responseId;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getFirstName() {
    return firstName;
  }

  public FormView getForm() {
    return form;
  }

  public RecallPeriod getRecallPeriod() {
    return recallPeriod;
  }

  public Integer getScaleValue() {
    return scaleValue;
  }

  public void setScaleValue(Integer scaleValue) {
    this.scaleValue = scaleValue;
  }

  public boolean isSaveFailed() {
    return saveFailed;
  }
}
