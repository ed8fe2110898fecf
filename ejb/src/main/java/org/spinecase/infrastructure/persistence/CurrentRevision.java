package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.spinecase.domain.model.audit.SpineCaseRevision;

/**
 * Starts the current transaction's Envers revision now, so that it names the service's caller; see
 * {@link PatientRevisions#attributeToCurrentCaller()} for why it cannot wait for the commit.
 */
@ApplicationScoped
public class CurrentRevision {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void attributeToCaller() {
    AuditReaderFactory.get(entityManager).getCurrentRevision(SpineCaseRevision.class, false);
  }
}
