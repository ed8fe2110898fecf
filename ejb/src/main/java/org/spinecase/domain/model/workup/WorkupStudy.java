package org.spinecase.domain.model.workup;

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
import java.util.function.Function;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.spinecase.domain.model.shared.ClinicalRecord;

/**
 * One study of a workup as stored: the workup's number for it, type, status, levels, order and
 * result dates, the findings as JSON and the report document. The status is a column of its own so
 * that the outstanding-studies worklist finds ordered studies without reading any JSON.
 */
@Entity
@Table(name = "workup_study")
@Audited
public class WorkupStudy extends ClinicalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workup_study_seq")
  @SequenceGenerator(
      name = "workup_study_seq",
      sequenceName = "workup_study_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workup_id", nullable = false, updatable = false)
  private Workup workup;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "study_type", nullable = false, updatable = false, length = 40)
  private StudyType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private StudyStatus status;

  @Column(name = "levels", length = 20)
  private String levels;

  @Column(name = "ordered_on", nullable = false)
  private LocalDate orderedOn;

  @Column(name = "ordered_by", nullable = false, length = 100)
  private String orderedBy;

  @Column(name = "resulted_on")
  private LocalDate resultedOn;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "findings")
  private String findings;

  /** The report is evidence and never changes; its own row is not audited, the link is. */
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "report_document_id")
  private WorkupDocument report;

  protected WorkupStudy() {}

  /** The row of a study the sheet just ordered. */
  public WorkupStudy(Workup workup, Study ordered, String actor) {
    this.workup = workup;
    this.number = Math.toIntExact(ordered.id());
    this.type = ordered.type();
    this.status = ordered.status();
    this.levels = ordered.levels() == null ? null : ordered.levels().text();
    this.orderedOn = ordered.orderedOn();
    this.orderedBy = actor;
  }

  /** Keeps the result the sheet accepted, the findings as {@code json}; a new report replaces. */
  public void result(Study resulted, String json, WorkupDocument newReport) {
    status = resulted.status();
    resultedOn = resulted.resultedOn();
    findings = json;
    if (newReport != null) {
      report = newReport;
    }
  }

  /** The domain's study, with the findings read back by {@code readFindings}. */
  public Study toStudy(Function<WorkupStudy, StudyFindings> readFindings) {
    return new Study(
        number,
        type,
        levels == null ? null : Levels.of(levels),
        orderedOn,
        status,
        resultedOn,
        findings == null ? null : readFindings.apply(this),
        report == null ? null : report.getId());
  }

  public Long getId() {
    return id;
  }

  public Workup getWorkup() {
    return workup;
  }

  public int getNumber() {
    return number;
  }

  public StudyType getType() {
    return type;
  }

  public StudyStatus getStatus() {
    return status;
  }

  public String getLevels() {
    return levels;
  }

  public LocalDate getOrderedOn() {
    return orderedOn;
  }

  public String getOrderedBy() {
    return orderedBy;
  }

  public LocalDate getResultedOn() {
    return resultedOn;
  }

  public String getFindings() {
    return findings;
  }

  public WorkupDocument getReport() {
    return report;
  }
}
