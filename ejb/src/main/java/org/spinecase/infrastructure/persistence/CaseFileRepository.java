package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.spinecase.application.CaseSummary;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.CaseStatus;

/**
 * Finds and stores cases.
 *
 * <p>A case is loaded whole in three fixed queries (case with patient, referral and team; the
 * referral's details; the timeline), whatever the size of the team or the timeline. Lists of cases
 * are built as {@link CaseSummary} rows in the query, without loading cases.
 */
@ApplicationScoped
public class CaseFileRepository {

  private static final String SUMMARY =
      "select new org.spinecase.application.CaseSummary(c.id, r.id, p.id, c.status, c.leadName,"
          + " c.redFlag, c.openedAt) from CaseFile c join c.referral r join c.patient p";

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  @Inject private ReferralRepository referrals;

  public void add(CaseFile caseFile) {
    entityManager.persist(caseFile);
  }

  /** The case with everything its page shows; see the class comment. */
  public Optional<CaseFile> findComplete(long id) {
    Optional<CaseFile> caseFile =
        entityManager
            .createNamedQuery(CaseFile.WITH_TEAM, CaseFile.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .findFirst();
    caseFile.ifPresent(c -> referrals.findComplete(c.getReferral().getId()));
    return caseFile;
  }

  /** Whether the user is on the case's care team now, without loading the case. */
  public boolean isActiveMember(long caseId, String username) {
    return entityManager
            .createQuery(
                "select count(m) from CareTeamMember m where m.caseFile.id = :caseId"
                    + " and m.username = :username and m.removedAt is null",
                Long.class)
            .setParameter("caseId", caseId)
            .setParameter("username", username)
            .getSingleResult()
        > 0;
  }

  /** The patient's cases that are not closed, whoever is on them. */
  public List<CaseSummary> openCasesOf(long patientId) {
    return entityManager
        .createQuery(
            SUMMARY + " where p.id = :patientId and c.status <> :closed order by c.openedAt desc",
            CaseSummary.class)
        .setParameter("patientId", patientId)
        .setParameter("closed", CaseStatus.CLOSED)
        .getResultList();
  }

  /** The patient's cases that are not closed with the user on the care team now, newest first. */
  public List<CaseSummary> openCasesOfWithMember(long patientId, String username) {
    return entityManager
        .createQuery(
            SUMMARY
                + " join c.members m where p.id = :patientId and c.status <> :closed"
                + " and m.username = :username and m.removedAt is null"
                + " order by c.openedAt desc, c.id desc",
            CaseSummary.class)
        .setParameter("patientId", patientId)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("username", username)
        .getResultList();
  }

  /** All the patient's cases, newest first. */
  public List<CaseSummary> casesOf(long patientId) {
    return entityManager
        .createQuery(
            SUMMARY + " where p.id = :patientId order by c.openedAt desc, c.id desc",
            CaseSummary.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /** The patient's cases with the user on the care team now, newest first. */
  public List<CaseSummary> casesOfWithMember(long patientId, String username) {
    return entityManager
        .createQuery(
            SUMMARY
                + " join c.members m where p.id = :patientId and m.username = :username"
                + " and m.removedAt is null order by c.openedAt desc, c.id desc",
            CaseSummary.class)
        .setParameter("patientId", patientId)
        .setParameter("username", username)
        .getResultList();
  }

  /** How many of the patient's cases the user is not on the care team of. */
  public long countCasesOfWithoutMember(long patientId, String username) {
    return entityManager
        .createQuery(
            "select count(c) from CaseFile c where c.patient.id = :patientId and not exists"
                + " (select m.id from CareTeamMember m where m.caseFile = c"
                + " and m.username = :username and m.removedAt is null)",
            Long.class)
        .setParameter("patientId", patientId)
        .setParameter("username", username)
        .getSingleResult();
  }

  /** Writes pending changes now, so that conflicts surface inside the service method. */
  public void flush() {
    entityManager.flush();
  }
}
