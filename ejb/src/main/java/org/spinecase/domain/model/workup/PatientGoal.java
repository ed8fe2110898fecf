package org.spinecase.domain.model.workup;

/**
 * What the patient most wants from the clinic, as codes so that goals can be compared with the
 * outcome later; expectations in the patient's own words go beside them.
 */
public enum PatientGoal {
  LESS_LEG_PAIN("Less leg pain"),
  LESS_BACK_PAIN("Less back pain"),
  WALK_FURTHER("Walk further"),
  SLEEP_BETTER("Sleep better"),
  RETURN_TO_WORK("Return to work"),
  REDUCE_MEDICATION("Reduce medication"),
  RETURN_TO_SPORT_OR_HOBBIES("Return to sport or hobbies"),
  AVOID_FURTHER_SURGERY("Avoid further surgery"),
  A_DIAGNOSIS("Know what causes the pain");

  private final String label;

  PatientGoal(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
