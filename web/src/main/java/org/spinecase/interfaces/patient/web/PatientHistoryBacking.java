package org.spinecase.interfaces.patient.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spinecase.application.ChangeSet;
import org.spinecase.application.PatientService;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.interfaces.shared.web.ErrorPages;

/** patients/history.xhtml?id=: who changed what and when. Read only, so request scoped. */
@Named
@RequestScoped
public class PatientHistoryBacking {

  @Inject private PatientService service;

  private String idParam;
  private Long id;
  private Patient patient;
  private List<ChangeSet> changes = List.of();

  public void load() {
    id = ErrorPages.parseId(idParam);
    if (id == null) {
      ErrorPages.notFound();
      return;
    }
    patient = service.get(id);
    changes = service.history(id);
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public List<ChangeSet> getChanges() {
    return changes;
  }
}
