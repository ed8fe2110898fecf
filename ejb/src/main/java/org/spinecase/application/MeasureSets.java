package org.spinecase.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.infrastructure.persistence.MeasureScheduleRepository;
import org.spinecase.infrastructure.persistence.MeasureSetRepository;

/**
 * Creates the measure sets a case owes when its time points become known: the baseline when the
 * case opens, the follow-ups when treatment starts. Called by the services that make those steps,
 * inside their transaction, so a case can never open without its baseline.
 *
 * <p>A time point the schedule lists nothing for gets no set, and a set that exists is kept: a case
 * that enters treatment a second time keeps the follow-ups already promised.
 */
@Dependent
class MeasureSets {

  private static final List<TimePoint> FOLLOW_UPS =
      List.of(TimePoint.MONTH_3, TimePoint.MONTH_6, TimePoint.MONTH_12);

  @Inject private MeasureScheduleRepository schedule;
  @Inject private MeasureSetRepository sets;

  /** The baseline set, due the day the case opens. */
  void caseOpened(CaseFile caseFile, LocalDate on) {
    // a case is opened once, so it cannot have a baseline yet
    List<String> instruments = schedule.instrumentsAt(TimePoint.BASELINE);
    if (!instruments.isEmpty()) {
      sets.add(MeasureSet.due(caseFile, TimePoint.BASELINE, instruments, on));
    }
  }

  /** The follow-up sets, due 3, 6 and 12 months after treatment started. */
  void treatmentStarted(CaseFile caseFile, LocalDate on) {
    FOLLOW_UPS.forEach(point -> create(caseFile, point, on));
  }

  private void create(CaseFile caseFile, TimePoint point, LocalDate from) {
    List<String> instruments = schedule.instrumentsAt(point);
    if (instruments.isEmpty() || sets.find(caseFile.getId(), point).isPresent()) {
      return;
    }
    sets.add(MeasureSet.due(caseFile, point, instruments, from));
  }
}
