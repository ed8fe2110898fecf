package org.spinecase.interfaces.workup.web;

import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.FunctionAndMovement;

/** The function and movement section: walking and sitting tolerance and the assessment. */
public class FunctionForm implements SectionForm {

  private static final long serialVersionUID = 1L;

  private Integer walkingMinutes;
  private Integer sittingMinutes;
  private String functionText;

  static FunctionForm of(FunctionAndMovement f) {
    FunctionForm form = new FunctionForm();
    form.walkingMinutes = f == null ? null : f.walkingToleranceMinutes();
    form.sittingMinutes = f == null ? null : f.sittingToleranceMinutes();
    form.functionText = f == null ? null : f.assessment();
    return form;
  }

  @Override
  public FunctionAndMovement toContent(WorkupView view) {
    return new FunctionAndMovement(walkingMinutes, sittingMinutes, functionText);
  }

  public Integer getWalkingMinutes() {
    return walkingMinutes;
  }

  public void setWalkingMinutes(Integer walkingMinutes) {
    this.walkingMinutes = walkingMinutes;
  }

  public Integer getSittingMinutes() {
    return sittingMinutes;
  }

  public void setSittingMinutes(Integer sittingMinutes) {
    this.sittingMinutes = sittingMinutes;
  }

  public String getFunctionText() {
    return functionText;
  }

  public void setFunctionText(String functionText) {
    this.functionText = functionText;
  }
}
