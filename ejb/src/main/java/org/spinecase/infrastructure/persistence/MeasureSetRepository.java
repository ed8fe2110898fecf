package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.TimePoint;

/** Finds and stores the measure sets cases owe; one per case and time point. */
@ApplicationScoped
public class MeasureSetRepository {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void add(MeasureSet set) {
    entityManager.persist(set);
  }

  /** The case's sets in the order of the episode. */
  public List<MeasureSet> ofCase(long caseId) {
    return entityManager
        .createQuery(
            "select s from MeasureSet s where s.caseFile.id = :caseId order by s.dueOn, s.id",
            MeasureSet.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public Optional<MeasureSet> find(long caseId, TimePoint point) {
    return entityManager
        .createQuery(
            "select s from MeasureSet s where s.caseFile.id = :caseId and s.timePoint = :point",
            MeasureSet.class)
        .setParameter("caseId", caseId)
        .setParameter("point", point)
        .getResultList()
        .stream()
        .findFirst();
  }
}
