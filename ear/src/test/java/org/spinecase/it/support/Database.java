package org.spinecase.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.spinecase.domain.model.audit.AccessLogEntry;

/** What in-container tests check in the database directly: statement counts, mapping, the log. */
@Stateless
@PermitAll
public class Database {

  @PersistenceContext(unitName = "spinecase")
  EntityManager em;

  /** JDBC statements Hibernate prepared while {@code work} ran (the count the page pays). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long statementsDuring(Callable<?> work) throws Exception {
    Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      work.call();
      return statistics.getPrepareStatementCount();
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  /** Fails when an entity mapping does not match the schema the Flyway migrations built. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void validateMapping() {
    em.getEntityManagerFactory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  public List<AccessLogEntry> accessLogForPatient(long patientId) {
    return em.createQuery("select e from AccessLogEntry e where e.patientId = :p order by e.id", AccessLogEntry.class)
        .setParameter("p", patientId).getResultList();
  }
}
