package org.spinecase.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.spinecase.application.CasePages;
import org.spinecase.application.PatientBanner;

/**
 * The banner of the registry's pages about one patient (history, edit): the patient's current case
 * with its chips, from the same read model the case page uses. Kept in case management so that the
 * registry's own beans do not depend on it.
 */
@Named
@ViewScoped
public class PatientBannerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CasePages pages;

  private PatientBanner banner;

  /** After the page has loaded its patient (a missing patient is a 404 before this). */
  public void load(Long patientId) {
    if (patientId == null || FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    banner = pages.banner(patientId);
  }

  public PatientBanner getBanner() {
    return banner;
  }
}
