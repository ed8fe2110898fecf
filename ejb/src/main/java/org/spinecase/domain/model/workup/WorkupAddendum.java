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
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.spinecase.domain.model.casefile.Discipline;

/**
 * A dated, signed addendum to a signed workup as stored. Append-only (the table's trigger refuses
 * updates and deletes), so what was added after the signature can never be rewritten either; it
 * needs no audit history for the same reason.
 */
@Entity
@Table(name = "workup_addendum")
@Immutable
public class WorkupAddendum {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workup_addendum_seq")
  @SequenceGenerator(
      name = "workup_addendum_seq",
      sequenceName = "workup_addendum_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workup_id", nullable = false, updatable = false)
  private Workup workup;

  @Enumerated(EnumType.STRING)
  @Column(name = "concerns", length = 30)
  private WorkupSection concerns;

  @Column(name = "text", nullable = false, length = 4000)
  private String text;

  @Column(name = "signed_by", nullable = false, length = 100)
  private String signedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "signed_discipline", nullable = false, length = 20)
  private Discipline signedDiscipline;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected WorkupAddendum() {}

  public WorkupAddendum(Workup workup, Addendum addendum) {
    this.workup = workup;
    this.concerns = addendum.concerns();
    this.text = addendum.text();
    this.signedBy = addendum.signature().author().username();
    this.signedDiscipline = addendum.signature().author().discipline();
    this.signedAt = addendum.signature().signedAt();
  }

  public Addendum toAddendum() {
    return new Addendum(
        new Signature(new Author(signedBy, signedDiscipline), signedAt), concerns, text);
  }

  public Long getId() {
    return id;
  }

  public WorkupSection getConcerns() {
    return concerns;
  }

  public String getText() {
    return text;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Discipline getSignedDiscipline() {
    return signedDiscipline;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
