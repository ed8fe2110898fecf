package org.spinecase.domain.model.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * A non-zero answer to PHQ-9 item 9 (thoughts of being better off dead or of self-harm), raised on
 * the case the moment it is saved, even on a half-finished questionnaire. It stays open, shown in
 * the patient banner, until a clinician on the care team acknowledges it and writes down what was
 * done: the note is the clinic's proof that someone acted.
 */
@Entity
@Table(name = "safety_alert")
@Audited
public class SafetyAlert extends ClinicalRecord {

  public static final int NOTE_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_alert_seq")
  @SequenceGenerator(name = "safety_alert_seq", sequenceName = "safety_alert_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  /** One alert per response at most; the unique key holds that even against a race. */
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "response_id", nullable = false, updatable = false, unique = true)
  private InstrumentResponse response;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  protected SafetyAlert() {}

  static SafetyAlert raisedBy(InstrumentResponse response) {
    SafetyAlert alert = new SafetyAlert();
    alert.caseFile = response.getCaseFile();
    alert.response = response;
    alert.raisedAt = ClinicClock.now();
    return alert;
  }

  /** Closes the alert with what was done; only a clinician on the care team may. */
  public void acknowledge(String actor, boolean onCareTeam, String what) {
    if (!isOpen()) {
      throw new ClinicalRuleViolation("note", "This safety alert was already acknowledged.");
    }
    if (!onCareTeam) {
      throw new ClinicalRuleViolation(
          "note", "Only a clinician on the care team can acknowledge a safety alert.");
    }
    String tidied = FreeText.limited("note", "Note", FreeText.tidyBlock(what), NOTE_LENGTH);
    if (tidied == null) {
      throw new ClinicalRuleViolation("note", "Write down what was done about the alert.");
    }
    note = tidied;
    acknowledgedBy = actor;
    acknowledgedAt = ClinicClock.now();
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public InstrumentResponse getResponse() {
    return response;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public boolean isOpen() {
    return acknowledgedAt == null;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getNote() {
    return note;
  }
}
