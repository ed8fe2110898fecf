package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * The clinic's schedule of instruments per time point (table measure_schedule). Plain SQL: it is
 * reference data of a few rows, read as a whole and replaced per time point, with no identity or
 * history of its own worth an entity.
 */
@ApplicationScoped
public class MeasureScheduleRepository {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  /** Every scheduled time point with its instruments in order; points without any are absent. */
  @SuppressWarnings("unchecked")
  public Map<TimePoint, List<String>> schedule() {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select time_point, instrument_code from measure_schedule"
                    + " order by time_point, position")
            .getResultList();
    Map<TimePoint, List<String>> schedule = new EnumMap<>(TimePoint.class);
    for (Object[] row : rows) {
      schedule
          .computeIfAbsent(TimePoint.valueOf((String) row[0]), p -> new ArrayList<>())
          .add((String) row[1]);
    }
    return schedule;
  }

  /** The instruments due at one point, in order. */
  @SuppressWarnings("unchecked")
  public List<String> instrumentsAt(TimePoint point) {
    return entityManager
        .createNativeQuery(
            "select instrument_code from measure_schedule where time_point = ?1 order by position")
        .setParameter(1, point.name())
        .getResultList();
  }

  public void replace(TimePoint point, List<String> instrumentCodes) {
    entityManager
        .createNativeQuery("delete from measure_schedule where time_point = ?1")
        .setParameter(1, point.name())
        .executeUpdate();
    for (int i = 0; i < instrumentCodes.size(); i++) {
      entityManager
          .createNativeQuery(
              "insert into measure_schedule (time_point, instrument_code, position)"
                  + " values (?1, ?2, ?3)")
          .setParameter(1, point.name())
          .setParameter(2, instrumentCodes.get(i))
          .setParameter(3, i + 1)
          .executeUpdate();
    }
  }
}
