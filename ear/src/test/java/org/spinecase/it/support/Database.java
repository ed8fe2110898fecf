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

  /** Every access-log entry about one record, oldest first. */
  public List<AccessLogEntry> accessLogFor(String recordType, long recordId) {
    return em.createQuery("select e from AccessLogEntry e where e.recordType = :t and e.recordId = :id order by e.id",
            AccessLogEntry.class)
        .setParameter("t", recordType).setParameter("id", recordId).getResultList();
  }

  /** Moves a break-glass grant two hours into the past, so that it has expired without waiting. */
  public void expireBreakGlassGrant(long grantId) {
    em.createNativeQuery("update break_glass_grant set granted_at = granted_at - interval '2 hours',"
            + " expires_at = expires_at - interval '2 hours' where id = ?1")
        .setParameter(1, grantId).executeUpdate();
  }

  /** Who made each Envers revision of one record, oldest first; {@code table} is a constant. */
  @SuppressWarnings("unchecked")
  public List<String> revisionUsers(String auditTable, long id) {
    return em.createNativeQuery("select r.username from " + auditTable + " a join revinfo r on r.rev = a.rev"
            + " where a.id = ?1 order by a.rev")
        .setParameter(1, id).getResultList();
  }

  /** Moves a case's measure sets {@code days} into the past, as if they had been due for long. */
  public void ageMeasureSets(long caseId, int days) {
    em.createNativeQuery("update measure_set set due_on = due_on - ?2, overdue_on = overdue_on - ?2"
            + " where case_file_id = ?1")
        .setParameter(1, caseId).setParameter(2, days).executeUpdate();
  }

  /** Rows of one table about one response, e.g. the LOINC codes stored; {@code sql} is a constant. */
  @SuppressWarnings("unchecked")
  public List<Object[]> rows(String sql, long id) {
    return em.createNativeQuery(sql).setParameter(1, id).getResultList();
  }

  /** The one column a native query selects, row by row; {@code sql} is a constant. */
  @SuppressWarnings("unchecked")
  public List<Object> column(String sql, long id) {
    return em.createNativeQuery(sql).setParameter(1, id).getResultList();
  }

  public List<AccessLogEntry> accessLogForPatient(long patientId) {
    return em.createQuery("select e from AccessLogEntry e where e.patientId = :p order by e.id", AccessLogEntry.class)
        .setParameter("p", patientId).getResultList();
  }
}
