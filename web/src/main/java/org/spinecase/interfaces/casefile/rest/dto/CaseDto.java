package org.spinecase.interfaces.casefile.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseStatus;

/**
 * A case: the episode of care opened by accepting a referral, with its status, lead clinician,
 * active care team and timeline. The version (also the ETag) is what a command must send back.
 */
@JsonbPropertyOrder({
  "id", "version", "patientId", "referralId", "status", "statusLabel", "redFlag", "leadUsername",
  "leadName", "openedAt", "closedAt", "closeReason", "careTeam", "events"
})
public record CaseDto(
    long id,
    long version,
    long patientId,
    long referralId,
    CaseStatus status,
    String statusLabel,
    boolean redFlag,
    String leadUsername,
    String leadName,
    Instant openedAt,
    Instant closedAt,
    String closeReason,
    List<CareTeamMemberDto> careTeam,
    List<CaseEventDto> events) {}
