package org.spinecase.interfaces.workup.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.spinecase.application.DocumentUpload;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.FileNames;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * The studies section of workup/edit.xhtml: resulting an ordered study, with its report. A study
 * resulted meanwhile by someone else keeps the typed findings on its current version.
 */
@Named
@ViewScoped
public class StudyResults implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;
  @Inject private WorkupService workups;

  private StudyResultForm result;

  public void chooseResult(int number) {
    page.clearConflict();
    result = page.getView().study(number).map(s -> new StudyResultForm(s, ClinicTime.today())).orElse(null);
  }

  public void cancelResult() {
    result = null;
  }

  public void uploadReport(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String name = FileNames.baseName(file.getFileName(), "report");
    byte[] content = file.getContent();
    Optional<String> problem = ReportCheck.problem(name, content, Attachment.maxBytes());
    if (problem.isPresent()) {
      PageMessages.fieldError("result:report", problem.get());
      return;
    }
    result.attach(name, content);
  }

  public void dropReport() {
    if (result != null) {
      result.dropReport();
    }
  }

  public void saveResult() {
    if (result == null) {
      return;
    }
    Optional<StudyFindings> findings = page.build("result", () -> result.toFindings());
    if (findings.isEmpty()) {
      return;
    }
    page.change("result", () -> workups.resultStudy(page.getCaseId(), result.getNumber(), result.getVersion(),
        result.getResultedOn(), findings.get(), report()), e -> conflict(), () -> {
          PageMessages.info(PageMessages.text("wu", "studies.resulted", result.getNumber(), result.getType().label()));
          result = null;
        });
  }

  private DocumentUpload report() {
    return result.report() == null ? null : new DocumentUpload(result.getReportName(), result.report());
  }

  private void conflict() {
    page.reload();
    StudyRow current = page.getView().study(result.getNumber()).orElse(null);
    PageMessages.error(PageMessages.text("wu", "conflict.study", result.getNumber()));
    if (current != null) {
      StudyResultForm kept = result;
      result = new StudyResultForm(current, ClinicTime.today());
      copyInput(kept, result);
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Keeps the typed findings on the current version of the study after a conflict. */
  private static void copyInput(StudyResultForm from, StudyResultForm to) {
    to.setResultedOn(from.getResultedOn());
    to.setPattern(from.getPattern());
    to.setCompression(from.getCompression());
    to.setFusionStatus(from.getFusionStatus());
    to.setScrewLucency(from.isScrewLucency());
    to.setCageSubsidence(from.isCageSubsidence());
    to.setTranslationMm(from.getTranslationMm());
    to.setAngulationDegrees(from.getAngulationDegrees());
    to.setPelvicIncidence(from.getPelvicIncidence());
    to.setLumbarLordosis(from.getLumbarLordosis());
    to.setSvaMm(from.getSvaMm());
    to.setEsr(from.getEsr());
    to.setCrp(from.getCrp());
    for (int i = 0; i < from.getRoots().size(); i++) {
      to.getRoots().get(i).setLeft(from.getRoots().get(i).getLeft());
      to.getRoots().get(i).setRight(from.getRoots().get(i).getRight());
    }
    if (from.report() != null) {
      to.attach(from.getReportName(), from.report());
    }
  }

  public StudyResultForm getResult() {
    return result;
  }
}
