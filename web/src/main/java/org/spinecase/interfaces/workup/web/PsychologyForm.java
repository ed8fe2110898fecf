package org.spinecase.interfaces.workup.web;

import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;

/** The psychological evaluation section: the psychologist's assessment. */
public class PsychologyForm implements SectionForm {

  private static final long serialVersionUID = 1L;

  private String psychologyText;

  static PsychologyForm of(PsychologicalEvaluation p) {
    PsychologyForm form = new PsychologyForm();
    form.psychologyText = p == null ? null : p.assessment();
    return form;
  }

  @Override
  public PsychologicalEvaluation toContent(WorkupView view) {
    return new PsychologicalEvaluation(psychologyText);
  }

  public String getPsychologyText() {
    return psychologyText;
  }

  public void setPsychologyText(String psychologyText) {
    this.psychologyText = psychologyText;
  }
}
