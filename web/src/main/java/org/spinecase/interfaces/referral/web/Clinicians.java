package org.spinecase.interfaces.referral.web;

import java.util.stream.Collectors;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.security.Clinician;

/** People of the clinician directory as the choices in triage and care-team forms show them. */
public final class Clinicians {

  private Clinicians() {}

  /** Surgeons and pain specialists may lead a case. */
  public static boolean mayLead(Clinician person) {
    return person.mayLead();
  }

  /** "Priya Natarajan (Physiotherapy)". */
  public static String describe(Clinician person) {
    String disciplines =
        person.getDisciplines().stream()
            .sorted()
            .map(Discipline::label)
            .collect(Collectors.joining(", "));
    return disciplines.isEmpty()
        ? person.getDisplayName()
        : person.getDisplayName() + " (" + disciplines + ")";
  }
}
