package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CaseService;
import org.spinecase.application.PatientService;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.interfaces.shared.web.ErrorPages;

/**
 * The case a workup page (sheet or summary) is about, with its patient and the break-glass grant
 * in effect, for the banner. Opened from the page's "case" parameter; a parameter that names no
 * case answers 404, as do cases the user may not see (the services decide).
 */
record WorkupCase(long caseId, CaseFile caseFile, Patient patient, BreakGlassGrant grant) implements Serializable {

  /** The case, or {@code null} with the 404 page already answered. */
  static WorkupCase open(String caseParam, CaseService cases, PatientService patients, BreakGlassService breakGlass) {
    Long id = ErrorPages.parseId(caseParam);
    if (id == null) {
      ErrorPages.notFound();
      return null;
    }
    CaseFile caseFile = cases.get(id);
    Patient patient = patients.get(caseFile.getPatient().getId());
    return new WorkupCase(id, caseFile, patient, breakGlass.activeGrant(patient.getId()).orElse(null));
  }
}
