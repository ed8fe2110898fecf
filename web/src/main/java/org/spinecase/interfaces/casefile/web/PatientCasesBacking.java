package org.spinecase.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CasePages;
import org.spinecase.application.CaseService;
import org.spinecase.application.CaseSummary;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientBanner;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * The cases part of patients/view.xhtml: the patient's cases this user may see, and "break the
 * glass" when the patient has case data they may not see. Kept apart from the registry's own
 * backing bean so that the patient registry does not depend on case management.
 */
@Named
@ViewScoped
public class PatientCasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String REASON = "breakGlassForm:reason";

  @Inject private CaseService cases;
  @Inject private CasePages pages;
  @Inject private BreakGlassService breakGlass;
  @Inject private SignedInClinician clinician;

  private Long patientId;
  private List<CaseSummary> visible = List.of();
  private PatientBanner banner;
  private boolean hiddenCaseData;
  private BreakGlassGrant grant;
  private String reason;

  /** After the patient page has loaded its patient (a missing patient is a 404 before this). */
  public void load(Long patientId) {
    if (patientId == null || FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    this.patientId = patientId;
    refresh();
  }

  private void refresh() {
    visible = cases.casesOf(patientId);
    banner = pages.banner(patientId);
    grant = banner.grant();
    hiddenCaseData = grant == null && banner.hiddenCase();
  }

  public void breakTheGlass() {
    try {
      // the grant shows in the banner and above the cases for as long as it lasts
      breakGlass.breakGlass(patientId, reason);
      reason = null;
      refresh();
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> PageMessages.fieldError(REASON, v.message()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The most recent open case the user sees, for the banner. */
  public CaseSummary getCurrentCase() {
    return visible.stream().filter(c -> c.status().isOpen()).findFirst().orElse(null);
  }

  /** The banner: the patient's current case with its chips, as every page about them shows it. */
  public PatientBanner getBanner() {
    return banner;
  }

  public boolean isMayBreakGlass() {
    return clinician.isClinical() && hiddenCaseData;
  }

  public List<CaseSummary> getVisible() {
    return visible;
  }

  public boolean isHiddenCaseData() {
    return hiddenCaseData;
  }

  public BreakGlassGrant getGrant() {
    return grant;
  }

  public long getGrantMinutes() {
    return BreakGlassGrant.configuredDuration().toMinutes();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
