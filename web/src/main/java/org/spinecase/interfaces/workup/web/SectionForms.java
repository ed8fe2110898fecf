package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.web.PageMessages;

/** Opens the form of a workup section on what is saved of it. */
final class SectionForms {

  private SectionForms() {}

  /** The form of a section on its saved content; studies and blocks open their forms on demand. */
  static Serializable open(WorkupSection which, SectionContent content, WorkupView view) {
    return switch (which) {
      case HISTORY -> {
        HistoryForm history = new HistoryForm();
        history.load((History) content);
        yield history;
      }
      case RED_FLAGS -> {
        RedFlagForm redFlags = new RedFlagForm();
        redFlags.load((RedFlagChecklist) content);
        yield redFlags;
      }
      case EXAMINATION -> {
        ExaminationForm exam = new ExaminationForm(key -> PageMessages.text("wu", key));
        exam.load((Examination) content);
        yield exam;
      }
      case CAUSES -> {
        CausesForm causes = new CausesForm();
        causes.load((CausesAndDiagnosis) content);
        yield causes;
      }
      case FUNCTION_AND_MOVEMENT -> FunctionForm.of((FunctionAndMovement) content);
      case PSYCHOLOGICAL_EVALUATION -> PsychologyForm.of((PsychologicalEvaluation) content);
      case PSYCHOSOCIAL -> PsychosocialForm.of((PsychosocialScreening) content, view);
      case STUDIES, INJECTIONS -> null;
    };
  }
}
