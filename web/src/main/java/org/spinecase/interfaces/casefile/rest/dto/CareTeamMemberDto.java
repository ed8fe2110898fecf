package org.spinecase.interfaces.casefile.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.spinecase.domain.model.casefile.Discipline;

/** An active member of a case's care team. */
@JsonbPropertyOrder({"username", "displayName", "discipline", "disciplineLabel", "lead", "addedAt", "addedBy"})
public record CareTeamMemberDto(
    String username,
    String displayName,
    Discipline discipline,
    String disciplineLabel,
    boolean lead,
    Instant addedAt,
    String addedBy) {}
