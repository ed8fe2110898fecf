package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The workup of a case: its sections with what each still misses, the studies and blocks, the block
 * series, the signature and addenda, the red flags found, what the caller may do (mayEdit, maySign
 * with the blockers) and the case's latest psychosocial scores. A case without a workup yet shows an
 * empty sheet (workupId null). A coordinator sees the studies only, without findings.
 */
@JsonbPropertyOrder({
  "caseId", "workupId", "caseStatus", "caseStatusLabel", "signed", "signature", "mayEdit", "maySign",
  "signingBlockers", "redFlags", "sections", "studies", "blocks", "blockSeries", "addenda", "scores"
})
public record WorkupDto(
    long caseId,
    Long workupId,
    String caseStatus,
    String caseStatusLabel,
    boolean signed,
    SignatureDto signature,
    boolean mayEdit,
    boolean maySign,
    List<String> signingBlockers,
    List<String> redFlags,
    List<SectionDto> sections,
    List<StudyDto> studies,
    List<BlockDto> blocks,
    List<BlockSeriesDto> blockSeries,
    List<AddendumDto> addenda,
    List<WorkupScoreDto> scores) {}
