package org.spinecase.interfaces.referral.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A triage decision on the referral's current version. ACCEPT names the lead clinician and the
 * first care team (usernames; the lead defaults to the caller), DECLINE needs a reason,
 * REQUEST_INFORMATION says what is needed and by when; {@code reason} is the note kept on the
 * timeline.
 */
@JsonbPropertyOrder({
  "decision", "version", "leadUsername", "team", "reason", "informationRequested", "dueOn"
})
public record TriageDto(
    TriageDecision decision,
    Long version,
    String leadUsername,
    List<String> team,
    String reason,
    String informationRequested,
    LocalDate dueOn) {}
