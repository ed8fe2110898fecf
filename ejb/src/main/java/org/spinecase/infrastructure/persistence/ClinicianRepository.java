package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.security.Clinician;

/** The directory of clinicians seen at sign-in, each loaded with their disciplines. */
@ApplicationScoped
public class ClinicianRepository {

  private static final String WITH_DISCIPLINES =
      "select c from Clinician c left join fetch c.disciplines";

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void add(Clinician clinician) {
    entityManager.persist(clinician);
  }

  public Optional<Clinician> find(String username) {
    return entityManager
        .createQuery(WITH_DISCIPLINES + " where c.username = :username", Clinician.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Those of the given user names that are in the directory, in one query. */
  public List<Clinician> findAll(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(WITH_DISCIPLINES + " where c.username in :usernames", Clinician.class)
        .setParameter("usernames", usernames)
        .getResultList();
  }

  /** Everyone with a discipline, by name. */
  public List<Clinician> clinicians() {
    return entityManager
        .createQuery(
            WITH_DISCIPLINES
                + " where c.disciplines is not empty order by c.displayName, c.username",
            Clinician.class)
        .getResultList();
  }

  public void flush() {
    entityManager.flush();
  }
}
