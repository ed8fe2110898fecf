package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * Finds and stores questionnaire responses and the safety alerts they raise. A response is loaded
 * with its case (for the access check), answers and scores in one statement; lists load scores
 * with the responses, never answers.
 */
@ApplicationScoped
public class OutcomeRepository {

  private static final String WITH_CASE =
      "select distinct r from InstrumentResponse r join fetch r.caseFile c join fetch c.patient"
          + " left join fetch r.ticks left join fetch r.scores where r.id = :id";

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void add(InstrumentResponse response) {
    entityManager.persist(response);
  }

  public void add(SafetyAlert alert) {
    entityManager.persist(alert);
  }

  /** The case with its patient and care team, which is all the access check and a write need. */
  public Optional<CaseFile> caseFile(long caseId) {
    return entityManager
        .createQuery(
            "select distinct c from CaseFile c join fetch c.patient left join fetch c.members"
                + " where c.id = :id",
            CaseFile.class)
        .setParameter("id", caseId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The response with its case and answers. */
  public Optional<InstrumentResponse> find(long id) {
    return entityManager
        .createQuery(WITH_CASE, InstrumentResponse.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The case's responses, newest first, with their scores but without their answers. */
  public List<InstrumentResponse> ofCase(long caseId) {
    return entityManager
        .createQuery(
            "select distinct r from InstrumentResponse r left join fetch r.scores"
                + " where r.caseFile.id = :caseId"
                + " order by r.administeredOn desc, r.id desc",
            InstrumentResponse.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  /**
   * Another complete response to the same instrument at the same time point of the case, not
   * counted towards its set: the one to count instead when the counted one was in error.
   */
  public Optional<InstrumentResponse> uncountedComplete(
      long caseId, TimePoint point, String instrumentCode, long excludedId) {
    return entityManager
        .createQuery(
            "select r from InstrumentResponse r where r.caseFile.id = :caseId"
                + " and r.timePoint = :point and r.instrumentCode = :code and r.status = :complete"
                + " and r.measureSet is null and r.id <> :excluded order by r.completedAt",
            InstrumentResponse.class)
        .setParameter("caseId", caseId)
        .setParameter("point", point)
        .setParameter("code", instrumentCode)
        .setParameter("complete", ResponseStatus.COMPLETE)
        .setParameter("excluded", excludedId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The alert with its case and response. */
  public Optional<SafetyAlert> findAlert(long id) {
    return entityManager
        .createQuery(
            "select a from SafetyAlert a join fetch a.caseFile c join fetch c.patient"
                + " join fetch a.response where a.id = :id",
            SafetyAlert.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The case's alerts, open ones first, then newest first, each with its response. */
  public List<SafetyAlert> alertsOfCase(long caseId) {
    return entityManager
        .createQuery(
            "select a from SafetyAlert a join fetch a.response where a.caseFile.id = :caseId"
                + " order by case when a.acknowledgedAt is null then 0 else 1 end,"
                + " a.raisedAt desc, a.id desc",
            SafetyAlert.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public long openAlertCount(long caseId) {
    return entityManager
        .createQuery(
            "select count(a) from SafetyAlert a where a.caseFile.id = :caseId"
                + " and a.acknowledgedAt is null",
            Long.class)
        .setParameter("caseId", caseId)
        .getSingleResult();
  }

  /** Writes pending changes now, so that conflicts surface inside the service method. */
  public void flush() {
    entityManager.flush();
  }
}
