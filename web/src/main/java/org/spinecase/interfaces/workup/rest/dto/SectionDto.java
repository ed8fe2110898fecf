package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.spinecase.domain.model.workup.WorkupSection;

/**
 * One section of the workup: whether it is complete and what is still missing, who saved it last,
 * its own version (the ETag a save sends back), whether the caller may write it, and its content in
 * the shape of the section (null before the first save; studies and blocks are listed apart).
 */
@JsonbPropertyOrder({
  "section", "label", "complete", "missing", "savedBy", "savedAt", "version", "mayWrite", "content"
})
public record SectionDto(
    @Schema(implementation = WorkupSection.class, description = "The code; see the enumeration") String section,
    String label,
    boolean complete,
    List<String> missing,
    String savedBy,
    Instant savedAt,
    Long version,
    boolean mayWrite,
    Object content) {}
