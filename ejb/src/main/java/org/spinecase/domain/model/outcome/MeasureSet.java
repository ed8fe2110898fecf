package org.spinecase.domain.model.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * The questionnaires a case owes at one time point, materialised when the point becomes known (the
 * case opens, treatment starts) so that the worklist reads due dates from an index rather than
 * working the schedule out for every case. The instrument list is a snapshot of the schedule on
 * that day: a later change of schedule applies to later sets, not to promises already made.
 */
@Entity
@Table(name = "measure_set")
@Audited
public class MeasureSet extends ClinicalRecord {

  /** Days after the due day that a baseline counts as overdue: it belongs before treatment. */
  public static final int BASELINE_GRACE_DAYS = 14;

  /** Days after the due day that a follow-up counts as overdue. */
  public static final int FOLLOW_UP_GRACE_DAYS = 28;

  /** Days before the due day that a follow-up appears on the worklist, to book the visit. */
  public static final int VISIBLE_DAYS_BEFORE_DUE = 14;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_set_seq")
  @SequenceGenerator(name = "measure_set_seq", sequenceName = "measure_set_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(name = "time_point", nullable = false, updatable = false, length = 20)
  private TimePoint timePoint;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "overdue_on", nullable = false, updatable = false)
  private LocalDate overdueOn;

  /** Instrument codes still to be answered, comma separated, in schedule order. */
  @Column(name = "outstanding", nullable = false, length = 400)
  private String outstanding;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private MeasureSetStatus status;

  protected MeasureSet() {}

  /**
   * The set due at {@code point}, counted from {@code from}: the opening day for the baseline, the
   * day treatment started for follow-ups.
   */
  public static MeasureSet due(
      CaseFile caseFile, TimePoint point, List<String> instrumentCodes, LocalDate from) {
    Objects.requireNonNull(caseFile, "caseFile");
    if (!point.isScheduled()) {
      throw new IllegalArgumentException("Unscheduled responses have no measure set");
    }
    if (instrumentCodes.isEmpty()) {
      throw new IllegalArgumentException("A measure set needs at least one instrument");
    }
    MeasureSet set = new MeasureSet();
    set.caseFile = caseFile;
    set.patient = caseFile.getPatient();
    set.timePoint = point;
    set.dueOn = from.plusMonths(point.months());
    set.overdueOn =
        set.dueOn.plusDays(point.isFollowUp() ? FOLLOW_UP_GRACE_DAYS : BASELINE_GRACE_DAYS);
    set.outstanding = String.join(",", new LinkedHashSet<>(instrumentCodes));
    set.status = MeasureSetStatus.OPEN;
    return set;
  }

  /** Ticks the instrument off; returns whether it was outstanding. The last one closes the set. */
  public boolean complete(String instrumentCode) {
    List<String> codes = new ArrayList<>(getOutstanding());
    if (!codes.remove(instrumentCode)) {
      return false;
    }
    outstanding = String.join(",", codes);
    status = codes.isEmpty() ? MeasureSetStatus.DONE : MeasureSetStatus.OPEN;
    return true;
  }

  /** Makes the instrument due again, as when the response that ticked it off was in error. */
  public void reopen(String instrumentCode) {
    Set<String> codes = new LinkedHashSet<>(getOutstanding());
    codes.add(instrumentCode);
    outstanding = String.join(",", codes);
    status = MeasureSetStatus.OPEN;
  }

  /** Whether the set is still open on or after its overdue day. */
  public boolean isOverdue(LocalDate today) {
    return status == MeasureSetStatus.OPEN && !today.isBefore(overdueOn);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Patient getPatient() {
    return patient;
  }

  public TimePoint getTimePoint() {
    return timePoint;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getOverdueOn() {
    return overdueOn;
  }

  public List<String> getOutstanding() {
    return outstanding.isEmpty() ? List.of() : List.of(outstanding.split(","));
  }

  public MeasureSetStatus getStatus() {
    return status;
  }

  public boolean isOverdue() {
    return isOverdue(ClinicClock.today());
  }
}
