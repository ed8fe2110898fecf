package org.spinecase.interfaces.workup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView.AddendumRow;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/** Addenda to a signed workup: beside the section they concern, and the form to add one. */
@Named
@ViewScoped
public class Addenda implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;
  @Inject private WorkupService workups;
  @Inject private SignedInClinician clinician;

  private String addendumConcerns;
  private String addendumText;

  public void addAddendum() {
    page.clearConflict();
    WorkupSection concerns = addendumConcerns == null || addendumConcerns.isBlank()
        ? null : WorkupSection.valueOf(addendumConcerns);
    page.change("addendum", () -> workups.addAddendum(page.getCaseId(), concerns, addendumText), null, () -> {
      PageMessages.info(PageMessages.text("wu", "addendum.done"));
      addendumText = null;
    });
  }

  /** The addenda on a section and those on the whole workup. */
  public List<AddendumRow> addendaOf(WorkupSection which) {
    return page.getView().getAddenda().stream().filter(a -> a.concerns() == null || a.concerns() == which).toList();
  }

  public boolean isMayAddAddendum() {
    return page.getView().isSigned() && clinician.isMayRecordOutcomes()
        && page.getCaseFile().hasActiveMember(clinician.getUsername());
  }

  public String getAddendumConcerns() {
    return addendumConcerns;
  }

  public void setAddendumConcerns(String addendumConcerns) {
    this.addendumConcerns = addendumConcerns;
  }

  public String getAddendumText() {
    return addendumText;
  }

  public void setAddendumText(String addendumText) {
    this.addendumText = addendumText;
  }
}
