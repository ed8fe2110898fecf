package org.spinecase.interfaces.workup.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * The examination section of workup/edit.xhtml: saving the grid and "rest normal". A cell the
 * domain refuses is named in the grid (all such cells at once) rather than one at a time.
 */
@Named
@ViewScoped
public class ExaminationSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;

  public void saveExamination() {
    List<ExaminationForm.CellProblem> problems = new ArrayList<>();
    Examination e = exam().toExamination(problems);
    if (!problems.isEmpty()) {
      cellProblems(problems);
      return;
    }
    page.save(e);
  }

  public void restNormal() {
    List<ExaminationForm.CellProblem> problems = new ArrayList<>();
    int filled = exam().restNormal(problems);
    if (filled < 0) {
      cellProblems(problems);
      return;
    }
    PageMessages.info(PageMessages.text("wu", "exam.restNormalDone", filled));
  }

  private ExaminationForm exam() {
    return (ExaminationForm) page.getForm();
  }

  private static void cellProblems(List<ExaminationForm.CellProblem> problems) {
    for (ExaminationForm.CellProblem p : problems) {
      PageMessages.fieldError("exam:" + p.component(), p.cell() + ": " + p.message(), p.message());
    }
    FacesContext.getCurrentInstance().validationFailed();
  }
}
