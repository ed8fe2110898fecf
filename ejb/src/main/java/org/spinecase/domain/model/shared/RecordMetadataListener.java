package org.spinecase.domain.model.shared;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * Stamps creation and change metadata on every clinical record as it is flushed, using the caller
 * of the current EJB invocation.
 */
public class RecordMetadataListener {

  @PrePersist
  void created(ClinicalRecord clinicalRecord) {
    clinicalRecord.stampCreated(CallerName.current(), Instant.now());
  }

  @PreUpdate
  void changed(ClinicalRecord clinicalRecord) {
    clinicalRecord.stampChanged(CallerName.current(), Instant.now());
  }
}
