package org.spinecase.interfaces.workup.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spinecase.application.ScoreRow;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.PsychosocialInstrument;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.SubstanceUseScreen;

/**
 * The psychosocial screening section: which of the patient's latest questionnaire scores the
 * workup links (by instrument), the substance use screen and the expectations.
 */
public class PsychosocialForm implements SectionForm {

  private static final long serialVersionUID = 1L;

  private final Map<String, Boolean> linked = new HashMap<>();
  private String substanceUse;
  private String psychosocialExpectations;

  /** Unsaved, every instrument with a score is linked. */
  static PsychosocialForm of(PsychosocialScreening p, WorkupView view) {
    PsychosocialForm form = new PsychosocialForm();
    for (PsychosocialInstrument instrument : PsychosocialInstrument.values()) {
      ScoreRow latest = latest(view, instrument);
      form.linked.put(instrument.name(), p == null ? latest != null : p.responses().containsKey(instrument));
    }
    form.substanceUse = p == null || p.substanceUse() == null ? null : p.substanceUse().name();
    form.psychosocialExpectations = p == null ? null : p.expectations();
    return form;
  }

  @Override
  public PsychosocialScreening toContent(WorkupView view) {
    PsychosocialScreening p = PsychosocialScreening.none();
    for (PsychosocialInstrument instrument : PsychosocialInstrument.values()) {
      ScoreRow latest = latest(view, instrument);
      if (Boolean.TRUE.equals(linked.get(instrument.name())) && latest != null) {
        p = p.linking(instrument, latest.responseId());
      }
    }
    if (substanceUse != null) {
      p = p.withSubstanceUse(SubstanceUseScreen.valueOf(substanceUse));
    }
    return new PsychosocialScreening(p.responses(), p.substanceUse(), psychosocialExpectations);
  }

  /** The patient's latest score of an instrument, or {@code null}. */
  public ScoreRow latestScore(WorkupView view, PsychosocialInstrument instrument) {
    return latest(view, instrument);
  }

  private static ScoreRow latest(WorkupView view, PsychosocialInstrument instrument) {
    return view.getPsychosocialScores().stream()
        .filter(s -> s.instrumentCode().equals(instrument.instrumentCode()))
        .findFirst().orElse(null);
  }

  public List<PsychosocialInstrument> getInstruments() {
    return List.of(PsychosocialInstrument.values());
  }

  public Map<String, Boolean> getLinked() {
    return linked;
  }

  public String getSubstanceUse() {
    return substanceUse;
  }

  public void setSubstanceUse(String substanceUse) {
    this.substanceUse = ExaminationForm.blankToNull(substanceUse);
  }

  public String getPsychosocialExpectations() {
    return psychosocialExpectations;
  }

  public void setPsychosocialExpectations(String psychosocialExpectations) {
    this.psychosocialExpectations = psychosocialExpectations;
  }
}
