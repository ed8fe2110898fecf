package org.spinecase.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The patient looks already registered (same name and date of birth). The user sees the candidates
 * and either opens the existing record or confirms that this is someone else.
 */
@ApplicationException(rollback = true)
public class LikelyDuplicateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<PatientSummary> candidates;

  public LikelyDuplicateException(List<PatientSummary> candidates) {
    super("A patient with the same name and date of birth is already registered.");
    this.candidates = List.copyOf(candidates);
  }

  public List<PatientSummary> getCandidates() {
    return candidates;
  }
}
