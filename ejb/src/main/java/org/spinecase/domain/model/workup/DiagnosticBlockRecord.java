package org.spinecase.domain.model.workup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.spinecase.domain.model.shared.ClinicalRecord;

/**
 * One diagnostic block of a workup as stored: the workup's number for it and the block as JSON
 * (ratings included; relief is always computed again by the domain), with its own version so that
 * adding a later rating to one block does not clash with work on another.
 */
@Entity
@Table(name = "diagnostic_block")
@Audited
public class DiagnosticBlockRecord extends ClinicalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diagnostic_block_seq")
  @SequenceGenerator(
      name = "diagnostic_block_seq",
      sequenceName = "diagnostic_block_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workup_id", nullable = false, updatable = false)
  private Workup workup;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "content", nullable = false)
  private String content;

  protected DiagnosticBlockRecord() {}

  public DiagnosticBlockRecord(Workup workup, DiagnosticBlock numbered, String json) {
    this.workup = workup;
    this.number = Math.toIntExact(numbered.id());
    this.content = json;
  }

  /** Keeps the block the sheet accepted in place of the one stored. */
  public void replace(DiagnosticBlock accepted, String json) {
    if (accepted.id() != number) {
      throw new IllegalArgumentException("Block " + accepted.id() + " is not block " + number);
    }
    content = json;
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

  public String getContent() {
    return content;
  }
}
