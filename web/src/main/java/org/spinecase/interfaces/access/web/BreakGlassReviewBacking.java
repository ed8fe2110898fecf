package org.spinecase.interfaces.access.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * admin/break-glass.xhtml[?unreviewed=true]: the administrator's review of break-glass access,
 * unreviewed first, paged in the database. Only the administrator opens it (403 otherwise); the
 * list holds who, when, why and which patient record, never clinical content.
 */
@Named
@ViewScoped
public class BreakGlassReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BreakGlassService service;
  @Inject private SignedInClinician clinician;

  private boolean unreviewed;
  private GrantListModel grants;
  private BreakGlassGrant grant;
  private String note;

  public void checkAccess() {
    if (!clinician.isAdmin()) {
      ErrorPages.forbidden();
    }
  }

  public String apply() {
    return "/admin/break-glass?faces-redirect=true&includeViewParams=true";
  }

  public LazyDataModel<BreakGlassGrant> getGrants() {
    if (grants == null) {
      grants = new GrantListModel(service, unreviewed);
    }
    return grants;
  }

  public void choose(BreakGlassGrant chosen) {
    grant = chosen;
    note = null;
  }

  public void markReviewed() {
    if (grant == null) {
      return;
    }
    try {
      service.markReviewed(grant.getId(), note);
      PageMessages.info(PageMessages.text("ac", "reviewed"));
      grant = null;
      note = null;
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> PageMessages.fieldError("reviewForm:note", v.message()));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (StaleRecordException e) {
      PageMessages.error(PageMessages.text("ac", "changed"));
      grant = null;
    }
  }

  /** "Psychologist" for the roles stored with the grant ("psychologist"). */
  public String roleLabels(String roles) {
    if (roles == null || roles.isBlank()) {
      return "";
    }
    return Arrays.stream(roles.split("[,\\s]+"))
        .filter(role -> !role.isBlank())
        .map(role -> PageMessages.text("msg", "role." + role))
        .collect(Collectors.joining(", "));
  }

  public boolean isActive(BreakGlassGrant row) {
    return row.isActive(ClinicClock.now());
  }

  public boolean isUnreviewed() {
    return unreviewed;
  }

  public void setUnreviewed(boolean unreviewed) {
    this.unreviewed = unreviewed;
  }

  public BreakGlassGrant getGrant() {
    return grant;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
