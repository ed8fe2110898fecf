package org.spinecase.interfaces.casefile.rest;

import org.spinecase.domain.model.casefile.CareTeamMember;
import org.spinecase.domain.model.casefile.CaseEvent;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.interfaces.casefile.rest.dto.CareTeamMemberDto;
import org.spinecase.interfaces.casefile.rest.dto.CaseDto;
import org.spinecase.interfaces.casefile.rest.dto.CaseEventDto;

/** Between the case API's JSON and the case entities. */
final class CaseAssembler {

  private CaseAssembler() {}

  static CaseDto toDto(CaseFile caseFile) {
    return new CaseDto(
        caseFile.getId(),
        caseFile.getVersion(),
        caseFile.getPatient().getId(),
        caseFile.getReferral().getId(),
        caseFile.getStatus(),
        caseFile.getStatus().label(),
        caseFile.isRedFlag(),
        caseFile.getLeadUsername(),
        caseFile.getLeadName(),
        caseFile.getOpenedAt(),
        caseFile.getClosedAt(),
        caseFile.getCloseReason(),
        caseFile.getCareTeam().stream().map(CaseAssembler::toDto).toList(),
        caseFile.getEvents().stream().map(CaseAssembler::toDto).toList());
  }

  static CareTeamMemberDto toDto(CareTeamMember member) {
    return new CareTeamMemberDto(
        member.getUsername(),
        member.getDisplayName(),
        member.getDiscipline(),
        member.getDiscipline().label(),
        member.isLead(),
        member.getAddedAt(),
        member.getAddedBy());
  }

  static CaseEventDto toDto(CaseEvent event) {
    return new CaseEventDto(
        event.getAt(),
        event.getBy(),
        event.getKind().name(),
        event.getKind().label(),
        event.getFromStatus() == null ? null : event.getFromStatus().name(),
        event.getFromStatus() == null ? null : event.getFromStatus().label(),
        event.getToStatus() == null ? null : event.getToStatus().name(),
        event.getToStatus() == null ? null : event.getToStatus().label(),
        event.getNote());
  }
}
