package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PatientFilter;
import org.spinecase.domain.model.patient.PriorSpineSurgery;

/**
 * Finds and stores patients and their prior surgeries.
 *
 * <p>Lists are paged and sorted in SQL, one statement for the page and one for the count, so that a
 * page costs the same with ten patients or a hundred thousand. Runs in the caller's transaction; it
 * has none of its own.
 */
@ApplicationScoped
public class PatientRepository {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void add(Patient patient) {
    entityManager.persist(patient);
  }

  public Optional<Patient> find(long id) {
    return Optional.ofNullable(entityManager.find(Patient.class, id));
  }

  /** The patient with the prior surgeries loaded, for showing and editing the whole record. */
  public Optional<Patient> findWithSurgeries(long id) {
    return entityManager
        .createNamedQuery(Patient.WITH_SURGERIES, Patient.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<PriorSpineSurgery> findSurgery(long id) {
    return Optional.ofNullable(entityManager.find(PriorSpineSurgery.class, id));
  }

  public boolean isMrnTaken(String mrn) {
    return entityManager
            .createNamedQuery(Patient.COUNT_BY_MRN, Long.class)
            .setParameter("mrn", mrn)
            .getSingleResult()
        > 0;
  }

  /** The next serial for an issued MRN; gaps after rollbacks are harmless. */
  public long nextMrnSerial() {
    return ((Number) entityManager.createNativeQuery("select nextval('mrn_seq')").getSingleResult())
        .longValue();
  }

  /** Patients whose folded name and date of birth are those given. */
  public List<Patient> findBySearchNameAndDateOfBirth(String searchName, LocalDate dateOfBirth) {
    return entityManager
        .createNamedQuery(Patient.BY_SEARCH_NAME_AND_DATE_OF_BIRTH, Patient.class)
        .setParameter("searchName", searchName)
        .setParameter("dateOfBirth", dateOfBirth)
        .getResultList();
  }

  /**
   * One page of patients matching the filter.
   *
   * @param sortAttribute a Patient attribute; callers pass a fixed name, never request text
   */
  public List<Patient> findPage(
      PatientFilter filter, String sortAttribute, boolean ascending, int first, int max) {
    CriteriaBuilder builder = entityManager.getCriteriaBuilder();
    CriteriaQuery<Patient> query = builder.createQuery(Patient.class);
    Root<Patient> patient = query.from(Patient.class);
    query
        .select(patient)
        .where(matching(builder, patient, filter))
        .orderBy(
            order(builder, patient.get(sortAttribute), ascending),
            // ties broken by id so that no patient shows on two pages or on none
            order(builder, patient.get("id"), ascending));
    return entityManager
        .createQuery(query)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(PatientFilter filter) {
    CriteriaBuilder builder = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = builder.createQuery(Long.class);
    Root<Patient> patient = query.from(Patient.class);
    query.select(builder.count(patient)).where(matching(builder, patient, filter));
    return entityManager.createQuery(query).getSingleResult();
  }

  /** Writes pending changes now, so that conflicts surface inside the service method. */
  public void flush() {
    entityManager.flush();
  }

  /**
   * Text matches anywhere in the folded name (served by the trigram index) or the start of the MRN
   * (an exact MRN included). Neither value can hold LIKE wildcards: folding keeps only letters,
   * digits and spaces, and an MRN prefix only letters, digits and hyphens.
   */
  private static Predicate[] matching(
      CriteriaBuilder builder, Root<Patient> patient, PatientFilter filter) {
    List<Predicate> all = new ArrayList<>();
    if (filter.hasText()) {
      List<Predicate> any = new ArrayList<>();
      if (filter.nameFragment() != null) {
        any.add(builder.like(patient.get("searchName"), "%" + filter.nameFragment() + "%"));
      }
      if (filter.mrnPrefix() != null) {
        any.add(builder.like(patient.get("mrn"), filter.mrnPrefix() + "%"));
      }
      all.add(builder.or(any.toArray(Predicate[]::new)));
    }
    if (filter.dateOfBirth() != null) {
      all.add(builder.equal(patient.get("dateOfBirth"), filter.dateOfBirth()));
    }
    return all.toArray(Predicate[]::new);
  }

  private static Order order(CriteriaBuilder builder, Path<?> path, boolean ascending) {
    return ascending ? builder.asc(path) : builder.desc(path);
  }
}
