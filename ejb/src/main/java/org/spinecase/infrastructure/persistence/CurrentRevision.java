package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Starts the current transaction's Envers revision now, so that it names the service's caller.
 * Envers would otherwise start it at commit, which runs wherever the transaction began: when a
 * caller's own transaction spans the service call, the user found there is that caller's caller.
 * The revision is only saved if the transaction changes audited records.
 */
@ApplicationScoped
public class CurrentRevision {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void attributeToCaller() {
    AuditReaderFactory.get(entityManager).getCurrentRevision(SpineCaseRevision.class, false);
  }
}
