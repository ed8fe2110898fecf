package org.spinecase.interfaces.workup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.WorkupService;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * The sign box of workup/edit.xhtml. Only a lead of the care team signs; what still blocks the
 * signature is the domain's (the view's signing blockers), shown again when signing is refused.
 */
@Named
@ViewScoped
public class WorkupSigning implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;
  @Inject private WorkupService workups;
  @Inject private SignedInClinician clinician;

  public void sign() {
    page.clearConflict();
    page.change("signing", () -> {
      try {
        return workups.sign(page.getCaseId());
      } catch (InvalidInputException e) {
        page.reload(); // the blockers as they are now
        throw e;
      }
    }, null, () -> {
      page.refreshAfterSigning();
      PageMessages.info(PageMessages.text("wu", "sign.done", page.getCaseFile().getStatus().label()));
    });
  }

  /** A surgeon or pain specialist on the care team: the sign button is theirs (enabled once nothing blocks). */
  public boolean isSigner() {
    return page.getCaseFile().activeMember(clinician.getUsername())
        .map(m -> m.getDiscipline() != null && m.getDiscipline().mayLead())
        .orElse(false);
  }
}
