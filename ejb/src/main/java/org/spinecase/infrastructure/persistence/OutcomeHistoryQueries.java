package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.outcome.ResponseStatus;

/**
 * A patient's score history in three statements whatever its length: the complete responses, their
 * subscales, and the days treatment started. Which cases count is part of each statement: all the
 * patient's cases under a break-glass grant, otherwise those with the caller on the care team now,
 * so a response the caller may not see is never read.
 */
@ApplicationScoped
public class OutcomeHistoryQueries {

  private static final String VISIBLE = " %s";
  private static final String ON_TEAM =
      "and exists (select m.id from CareTeamMember m where m.caseFile = c"
          + " and m.username = :username and m.removedAt is null)";

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  /**
   * The complete responses, oldest first: id, case id, instrument code, administered on, time
   * point, recall period, total, band, flags, entered by, entered at.
   */
  public List<Object[]> responses(long patientId, String username, boolean allCases) {
    return visible(
            "select r.id, c.id, r.instrumentCode, r.administeredOn, r.timePoint, r.recallPeriod,"
                + " r.total, r.band, r.flags, r.enteredBy, r.enteredAt"
                + " from InstrumentResponse r join r.caseFile c"
                + " where c.patient.id = :patientId and r.status = :complete"
                + VISIBLE
                + " order by r.administeredOn, r.id",
            Object[].class,
            patientId,
            username,
            allCases)
        .setParameter("complete", ResponseStatus.COMPLETE)
        .getResultList();
  }

  /** The subscales of those responses: response id, subscale code, value. */
  public List<Object[]> subscales(long patientId, String username, boolean allCases) {
    return visible(
            "select r.id, s.name, s.value from InstrumentResponse r join r.caseFile c"
                + " join r.scores s where c.patient.id = :patientId and r.status = :complete"
                + " and s.name <> 'total'"
                + VISIBLE
                + " order by r.id, s.name",
            Object[].class,
            patientId,
            username,
            allCases)
        .setParameter("complete", ResponseStatus.COMPLETE)
        .getResultList();
  }

  /** When each visible case (moment, case id) of the patient entered treatment, from the case timeline. */
  public List<Object[]> treatmentStarts(long patientId, String username, boolean allCases) {
    return visible(
            "select e.at, c.id from CaseFile c join c.referral rf join rf.events e"
                + " where c.patient.id = :patientId and e.toStatus = :inTreatment"
                + VISIBLE
                + " order by e.at",
            Object[].class,
            patientId,
            username,
            allCases)
        .setParameter("inTreatment", CaseStatus.IN_TREATMENT)
        .getResultList();
  }

  /**
   * The complete responses of one case, oldest first, in the columns of {@link #responses}: for
   * the workup, whose access was checked on the case itself.
   */
  public List<Object[]> responsesOfCase(long caseId) {
    return entityManager
        .createQuery(
            "select r.id, c.id, r.instrumentCode, r.administeredOn, r.timePoint, r.recallPeriod,"
                + " r.total, r.band, r.flags, r.enteredBy, r.enteredAt"
                + " from InstrumentResponse r join r.caseFile c"
                + " where c.id = :caseId and r.status = :complete"
                + " order by r.administeredOn, r.id",
            Object[].class)
        .setParameter("caseId", caseId)
        .setParameter("complete", ResponseStatus.COMPLETE)
        .getResultList();
  }

  /** The subscales of those responses: response id, subscale code, value. */
  public List<Object[]> subscalesOfCase(long caseId) {
    return entityManager
        .createQuery(
            "select r.id, s.name, s.value from InstrumentResponse r join r.scores s"
                + " where r.caseFile.id = :caseId and r.status = :complete and s.name <> 'total'"
                + " order by r.id, s.name",
            Object[].class)
        .setParameter("caseId", caseId)
        .setParameter("complete", ResponseStatus.COMPLETE)
        .getResultList();
  }

  /** The statement with the care-team condition filled in, unless all cases are visible. */
  private <T> TypedQuery<T> visible(
      String jpql, Class<T> type, long patientId, String username, boolean allCases) {
    TypedQuery<T> query =
        entityManager
            .createQuery(String.format(jpql, allCases ? "" : ON_TEAM), type)
            .setParameter("patientId", patientId);
    return allCases ? query : query.setParameter("username", username);
  }
}
