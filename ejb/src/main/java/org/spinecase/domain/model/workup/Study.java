package org.spinecase.domain.model.workup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * One imaging study or test of the workup, from order to result. Immutable: resulting a study gives
 * the resulted study. The {@code id} is the workup's own number for the study, by which causes cite
 * it as evidence.
 *
 * <p>A result can be corrected (resulted again) until the workup is signed; the findings must be
 * the shape of the study's type, so an MRI with gadolinium is always resulted with its enhancement
 * pattern.
 */
public record Study(
    long id,
    StudyType type,
    Levels levels,
    LocalDate orderedOn,
    StudyStatus status,
    LocalDate resultedOn,
    StudyFindings findings,
    Long reportAttachmentId) {

  public Study {
    if (type == null) {
      throw new ClinicalRuleViolation("studyType", "Study type is required.");
    }
    if (orderedOn == null) {
      throw new ClinicalRuleViolation("orderedOn", "Order date is required.");
    }
    Objects.requireNonNull(status, "status");
    if (status == StudyStatus.RESULTED) {
      if (resultedOn == null || findings == null) {
        throw new ClinicalRuleViolation(
            "findings", "A resulted study needs its result date and findings.");
      }
      if (resultedOn.isBefore(orderedOn)) {
        throw new ClinicalRuleViolation(
            "resultedOn", "The result date cannot be before the order date.");
      }
      if (!type.findingsType().isInstance(findings)) {
        throw new ClinicalRuleViolation(
            "findings", type.label() + " is resulted with its own findings.");
      }
    } else if (resultedOn != null || findings != null) {
      throw new ClinicalRuleViolation("findings", "An ordered study has no result yet.");
    }
  }

  static Study ordered(long id, StudyType type, Levels levels, LocalDate orderedOn) {
    return new Study(id, type, levels, orderedOn, StudyStatus.ORDERED, null, null, null);
  }

  Study resulted(LocalDate on, StudyFindings result, Long reportAttachmentId) {
    return new Study(
        id, type, levels, orderedOn, StudyStatus.RESULTED, on, result, reportAttachmentId);
  }

  public boolean isOutstanding() {
    return status == StudyStatus.ORDERED;
  }

  public Optional<StudyFindings> result() {
    return Optional.ofNullable(findings);
  }
}
