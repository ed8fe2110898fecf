package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.security.BreakGlassGrant;

/** Break-glass grants: the one in force for a user and patient, and the review list. */
@ApplicationScoped
public class BreakGlassRepository {

  private static final String UNREVIEWED = " where g.reviewedAt is null";

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void add(BreakGlassGrant grant) {
    entityManager.persist(grant);
  }

  public Optional<BreakGlassGrant> find(long id) {
    return Optional.ofNullable(entityManager.find(BreakGlassGrant.class, id));
  }

  /** The grant in force now for the user and patient, the longest-lasting if several. */
  public Optional<BreakGlassGrant> active(long patientId, String username, Instant now) {
    return entityManager
        .createQuery(
            "select g from BreakGlassGrant g where g.patientId = :patientId"
                + " and g.username = :username and g.grantedAt <= :now and g.expiresAt > :now"
                + " order by g.expiresAt desc",
            BreakGlassGrant.class)
        .setParameter("patientId", patientId)
        .setParameter("username", username)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** One page of grants, newest first. */
  public List<BreakGlassGrant> page(int first, int max, boolean unreviewedOnly) {
    return entityManager
        .createQuery(
            "select g from BreakGlassGrant g"
                + (unreviewedOnly ? UNREVIEWED : "")
                + " order by g.grantedAt desc, g.id desc",
            BreakGlassGrant.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(boolean unreviewedOnly) {
    return entityManager
        .createQuery(
            "select count(g) from BreakGlassGrant g" + (unreviewedOnly ? UNREVIEWED : ""),
            Long.class)
        .getSingleResult();
  }

  public void flush() {
    entityManager.flush();
  }
}
