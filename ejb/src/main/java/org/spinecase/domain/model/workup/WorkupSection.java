package org.spinecase.domain.model.workup;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecase.domain.model.casefile.Discipline;

/**
 * The sections of the workup, each saved on its own, with the disciplines that may write it and
 * whether signing needs it.
 *
 * <p>Surgeons and pain specialists write every clinical section; physiotherapists and psychologists
 * write only their own assessment (function and movement; psychological evaluation), so a clinical
 * judgement is always signed by the discipline that is accountable for it. Every clinical
 * discipline on the care team reads every section; the coordinator reads the studies only, to chase
 * those ordered and not yet resulted.
 */
public enum WorkupSection {
  HISTORY("History", Clinicians.LEADS, true),
  RED_FLAGS("Red flags", Clinicians.LEADS, true),
  EXAMINATION("Examination", Clinicians.LEADS, true),
  STUDIES("Imaging and tests", Clinicians.LEADS, true),
  INJECTIONS("Diagnostic injections", Clinicians.LEADS, false),
  PSYCHOSOCIAL("Psychosocial", Clinicians.LEADS, false),
  CAUSES("Causes and diagnosis", Clinicians.LEADS, true),
  FUNCTION_AND_MOVEMENT("Function and movement", EnumSet.of(Discipline.PHYSIOTHERAPY), false),
  PSYCHOLOGICAL_EVALUATION("Psychological evaluation", EnumSet.of(Discipline.PSYCHOLOGY), false);

  private final String label;
  private final Set<Discipline> writers;
  private final boolean requiredForSigning;

  WorkupSection(String label, Set<Discipline> writers, boolean requiredForSigning) {
    this.label = label;
    this.writers = Set.copyOf(writers);
    this.requiredForSigning = requiredForSigning;
  }

  public String label() {
    return label;
  }

  public Set<Discipline> writers() {
    return writers;
  }

  public boolean mayWrite(Discipline discipline) {
    return writers.contains(discipline);
  }

  public boolean mayRead(Discipline discipline) {
    return discipline != Discipline.COORDINATION || this == STUDIES;
  }

  /**
   * What signing needs: history, red flags, examination, imaging and tests (at least one, none
   * outstanding) and causes with a diagnosis, which together say what is wrong and why. The rest
   * is optional for signing: not every patient needs a diagnostic block; the psychosocial
   * questionnaires are the patient's to answer and their scores reach the MDT anyway; function and
   * psychology are written only where a physiotherapist or psychologist is on the care team. The
   * sign box shows the optional sections still open, so none is taken for done.
   */
  public boolean isRequiredForSigning() {
    return requiredForSigning;
  }

  public static List<WorkupSection> requiredForSigning() {
    return Arrays.stream(values()).filter(WorkupSection::isRequiredForSigning).toList();
  }

  /** Constants an enum cannot refer to from its own constructor arguments. */
  private static final class Clinicians {
    static final Set<Discipline> LEADS = EnumSet.of(Discipline.SURGERY, Discipline.PAIN_MEDICINE);
  }
}
