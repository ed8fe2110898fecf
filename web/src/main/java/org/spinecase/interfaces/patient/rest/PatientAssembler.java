package org.spinecase.interfaces.patient.rest;

import java.util.List;
import org.spinecase.application.ChangeSet;
import org.spinecase.application.PatientForm;
import org.spinecase.application.PatientPage;
import org.spinecase.application.PatientSummary;
import org.spinecase.application.SurgeryForm;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.patient.RiskFactors;
import org.spinecase.interfaces.patient.rest.dto.ChangeSetDto;
import org.spinecase.interfaces.patient.rest.dto.FieldChangeDto;
import org.spinecase.interfaces.patient.rest.dto.PatientDto;
import org.spinecase.interfaces.patient.rest.dto.PatientPageDto;
import org.spinecase.interfaces.patient.rest.dto.PatientSummaryDto;
import org.spinecase.interfaces.patient.rest.dto.SurgeryDto;

/**
 * Between the API's JSON records and the service's forms and entities, so that neither the
 * entities nor the forms' Java shape become the API contract by accident.
 */
public final class PatientAssembler {

  private PatientAssembler() {}

  static PatientDto toDto(Patient patient) {
    RiskFactors risks = patient.getRiskFactors();
    return new PatientDto(
        patient.getId(),
        patient.getVersion(),
        patient.getMrn(),
        patient.getFamilyName(),
        patient.getGivenName(),
        patient.getDateOfBirth(),
        patient.getSex(),
        patient.getPhone(),
        patient.getEmail(),
        patient.getAddress(),
        patient.getPreferredLanguage(),
        risks.getSmokingStatus(),
        risks.getDiabetes(),
        risks.getBmi(),
        risks.getOsteoporosis(),
        risks.getAutoimmuneDisease(),
        risks.getVascularDisease(),
        patient.getSurgeries().stream().map(PatientAssembler::toDto).toList(),
        null,
        patient.getCreatedAt(),
        patient.getCreatedBy(),
        patient.getChangedAt(),
        patient.getChangedBy());
  }

  static SurgeryDto toDto(PriorSpineSurgery surgery) {
    return new SurgeryDto(
        surgery.getId(),
        surgery.getVersion(),
        surgery.getSurgeryDate(),
        surgery.getProcedure(),
        surgery.getLevels(),
        surgery.getApproach(),
        surgery.getHospitalOrSurgeon(),
        surgery.getImplants(),
        surgery.isEnteredInError(),
        surgery.getEnteredInErrorReason());
  }

  static PatientSummaryDto toDto(PatientSummary summary) {
    return new PatientSummaryDto(
        summary.id(),
        summary.mrn(),
        summary.familyName(),
        summary.givenName(),
        summary.dateOfBirth(),
        summary.sex(),
        summary.changedAt());
  }

  static List<PatientSummaryDto> toDtos(List<PatientSummary> summaries) {
    return summaries.stream().map(PatientAssembler::toDto).toList();
  }

  static PatientPageDto toDto(PatientPage page) {
    return new PatientPageDto(page.total(), toDtos(page.rows()));
  }

  static ChangeSetDto toDto(ChangeSet change) {
    return new ChangeSetDto(
        change.at(),
        change.user(),
        change.kind(),
        change.changes().stream()
            .map(field -> new FieldChangeDto(field.field(), field.before(), field.after()))
            .toList());
  }

  public static PatientForm toForm(PatientDto dto) {
    PatientForm form = new PatientForm();
    form.setMrn(dto.mrn());
    form.setFamilyName(dto.familyName());
    form.setGivenName(dto.givenName());
    form.setDateOfBirth(dto.dateOfBirth());
    form.setSex(dto.sex());
    form.setPhone(dto.phone());
    form.setEmail(dto.email());
    form.setAddress(dto.address());
    if (dto.preferredLanguage() != null) {
      // left out means the form's default ("en"), as on the registration page
      form.setPreferredLanguage(dto.preferredLanguage());
    }
    form.setSmokingStatus(dto.smokingStatus());
    form.setDiabetes(dto.diabetes());
    form.setBmi(dto.bmi());
    form.setOsteoporosis(dto.osteoporosis());
    form.setAutoimmuneDisease(dto.autoimmuneDisease());
    form.setVascularDisease(dto.vascularDisease());
    if (dto.surgeries() != null) {
      dto.surgeries().stream().map(PatientAssembler::toForm).forEach(form.getSurgeries()::add);
    }
    form.setDuplicateConfirmed(Boolean.TRUE.equals(dto.duplicateConfirmed()));
    return form;
  }

  static SurgeryForm toForm(SurgeryDto dto) {
    SurgeryForm form = new SurgeryForm();
    if (dto == null) {
      // a null entry in the list is checked like an empty row: every required field is named
      return form;
    }
    form.setSurgeryDate(dto.surgeryDate());
    form.setProcedure(dto.procedure());
    form.setLevels(dto.levels());
    form.setApproach(dto.approach());
    form.setHospitalOrSurgeon(dto.hospitalOrSurgeon());
    form.setImplants(dto.implants());
    return form;
  }
}
