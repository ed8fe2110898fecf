package org.spinecase.interfaces.casefile.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.spinecase.application.CaseSummary;
import org.spinecase.application.PatientBanner;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;

/**
 * Builds the banner's read model from parts a page has loaded already, for the pages that do not
 * yet read a page model (the workup, outcome entry and new-referral pages). The banner tag calls it
 * only when no {@link PatientBanner} is given, so that it renders one model in one way.
 */
@Named("bannerOf")
@ApplicationScoped
public class BannerOf {

  /** Reads nothing: every argument is what the page has; a case given wins over a summary. */
  public PatientBanner parts(
      Patient patient,
      CaseFile caseFile,
      CaseSummary currentCase,
      boolean hiddenCase,
      BreakGlassGrant grant,
      long openSafetyAlerts) {
    if (caseFile != null) {
      return PatientBanner.ofCase(caseFile, openSafetyAlerts, grant);
    }
    return PatientBanner.ofPatient(patient, currentCase, openSafetyAlerts, hiddenCase, grant);
  }
}
