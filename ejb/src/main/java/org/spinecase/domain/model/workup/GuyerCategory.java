package org.spinecase.domain.model.workup;

/**
 * Why the surgery failed, in the categories of Guyer RD, Patterson M, Ohnmeiss DD. Failed back
 * surgery syndrome: diagnostic evaluation. J Am Acad Orthop Surg 2006;14(9):534-543, as
 * docs/clinical-reference.md lists them.
 */
public enum GuyerCategory {
  POOR_PATIENT_SELECTION("Poor patient selection"),
  INCORRECT_DIAGNOSIS("Incorrect diagnosis"),
  WRONG_PROCEDURE("Wrong procedure"),
  POOR_TECHNIQUE("Poor technique"),
  FAILURE_TO_ACHIEVE_SURGICAL_GOAL("Failure to achieve the surgical goal"),
  NEW_OR_PROGRESSIVE_DISEASE("New or progressive disease");

  private final String label;

  GuyerCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
