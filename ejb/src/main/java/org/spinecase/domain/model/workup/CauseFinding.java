package org.spinecase.domain.model.workup;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * One cause of the pain as the workup found it: where (levels, side; side empty when it does not
 * apply, as for sagittal imbalance), what it rests on, how sure the team is, when it arose, and
 * whether surgery could address it. This is what the MDT and a revision plan link to.
 *
 * <p>Every cause but {@link FbssCause#UNKNOWN} must say what kind of evidence it rests on; a
 * pointer to a study or block must be matched by the corresponding basis (a block pointer by {@link
 * EvidenceBasis#BLOCK}), so the basis shown to the MDT never claims less or more than the linked
 * evidence.
 */
public record CauseFinding(
    FbssCause cause,
    List<Levels> levels,
    Side side,
    Set<EvidenceBasis> basis,
    List<EvidenceRef> evidence,
    Certainty certainty,
    CauseTiming timing,
    boolean surgicallyAddressable) {

  public CauseFinding {
    if (cause == null) {
      throw new ClinicalRuleViolation("cause", "The cause is required.");
    }
    if (certainty == null) {
      throw new ClinicalRuleViolation("certainty", "Certainty is required.");
    }
    levels = levels == null ? List.of() : List.copyOf(levels);
    basis =
        basis == null || basis.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(basis));
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    if (basis.isEmpty() && cause != FbssCause.UNKNOWN) {
      throw new ClinicalRuleViolation(
          "basis", "Say what " + cause.label() + " rests on: imaging, block, clinical or EMG.");
    }
    if (evidence.stream().anyMatch(e -> e.kind() == EvidenceRef.Kind.BLOCK)
        && !basis.contains(EvidenceBasis.BLOCK)) {
      throw new ClinicalRuleViolation("basis", "A linked block makes the basis include a block.");
    }
  }

  public boolean isExcluded() {
    return certainty == Certainty.EXCLUDED;
  }
}
