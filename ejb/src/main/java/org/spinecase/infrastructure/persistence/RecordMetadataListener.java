package org.spinecase.infrastructure.persistence;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.spinecase.domain.model.shared.ClinicClock;
import org.spinecase.domain.model.shared.ClinicalRecord;

/**
 * Stamps creation and change metadata on every clinical record as it is flushed, using the caller
 * of the current EJB invocation.
 */
public class RecordMetadataListener {
  // registered for ClinicalRecord in META-INF/orm.xml

  @PrePersist
  void created(ClinicalRecord clinicalRecord) {
    clinicalRecord.stampCreated(CallerName.current(), ClinicClock.now());
  }

  @PreUpdate
  void changed(ClinicalRecord clinicalRecord) {
    clinicalRecord.stampChanged(CallerName.current(), ClinicClock.now());
  }
}
