package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.spinecase.domain.model.audit.RecordRevision;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;

/**
 * The saved states of a patient and of their prior surgeries, read from the Envers audit tables:
 * one query per record type, whatever the number of revisions, each row bringing its revision (who
 * and when) along.
 */
@ApplicationScoped
public class PatientRevisions {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  /** Every state of the patient, oldest first. */
  public List<RecordRevision<Patient>> ofPatient(long patientId) {
    AuditQuery query =
        AuditReaderFactory.get(entityManager)
            .createQuery()
            .forRevisionsOfEntity(Patient.class, false, true)
            .add(AuditEntity.id().eq(patientId))
            .addOrder(AuditEntity.revisionNumber().asc());
    return toRevisions(query, Patient.class);
  }

  /** Every state of every prior surgery of the patient, oldest first. */
  public List<RecordRevision<PriorSpineSurgery>> ofSurgeriesOf(long patientId) {
    AuditQuery query =
        AuditReaderFactory.get(entityManager)
            .createQuery()
            .forRevisionsOfEntity(PriorSpineSurgery.class, false, true)
            .add(AuditEntity.relatedId("patient").eq(patientId))
            .addOrder(AuditEntity.revisionNumber().asc())
            .addOrder(AuditEntity.id().asc());
    return toRevisions(query, PriorSpineSurgery.class);
  }

  private static <T> List<RecordRevision<T>> toRevisions(AuditQuery query, Class<T> type) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(row -> toRevision(row, type)).toList();
  }

  private static <T> RecordRevision<T> toRevision(Object[] row, Class<T> type) {
    SpineCaseRevision revision = (SpineCaseRevision) row[1];
    return new RecordRevision<>(
        revision.getId(),
        revision.getAt(),
        revision.getUsername(),
        kind((RevisionType) row[2]),
        type.cast(row[0]));
  }

  private static RecordRevision.Kind kind(RevisionType type) {
    return switch (type) {
      case ADD -> RecordRevision.Kind.CREATED;
      case MOD -> RecordRevision.Kind.CHANGED;
      case DEL -> RecordRevision.Kind.REMOVED;
    };
  }
}
