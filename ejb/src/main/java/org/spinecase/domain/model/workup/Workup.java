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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.shared.ClinicalRecord;

/**
 * The stored workup of one case: the row its sections, studies, blocks, documents and addenda hang
 * from, with the signature. Created on the first save; a case without one shows an empty sheet.
 *
 * <p>It keeps the last study and block numbers given, so numbering a new study or block changes
 * this row: two clinicians ordering at the same moment cannot both get the same number (one sees
 * a stale save), while sections, each with its own version, are saved side by side without
 * touching it. The rules are {@link WorkupSheet}'s; this class only stores what the sheet decided.
 */
@Entity
@Table(name = "workup")
@Audited
public class Workup extends ClinicalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workup_seq")
  @SequenceGenerator(name = "workup_seq", sequenceName = "workup_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false, unique = true)
  private CaseFile caseFile;

  @Column(name = "last_study_number", nullable = false)
  private int lastStudyNumber;

  @Column(name = "last_block_number", nullable = false)
  private int lastBlockNumber;

  @Column(name = "signed_by", length = 100)
  private String signedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "signed_discipline", length = 20)
  private Discipline signedDiscipline;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected Workup() {}

  public Workup(CaseFile caseFile) {
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
  }

  /** Records the number the sheet gave a new study. */
  public void numberStudy(long number) {
    lastStudyNumber = Math.max(lastStudyNumber, Math.toIntExact(number));
  }

  /** Records the number the sheet gave a new block. */
  public void numberBlock(long number) {
    lastBlockNumber = Math.max(lastBlockNumber, Math.toIntExact(number));
  }

  /** Stores the signature the sheet gave. */
  public void sign(Signature signature) {
    signedBy = signature.author().username();
    signedDiscipline = signature.author().discipline();
    signedAt = signature.signedAt();
  }

  public Optional<Signature> signature() {
    return signedAt == null
        ? Optional.empty()
        : Optional.of(new Signature(new Author(signedBy, signedDiscipline), signedAt));
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public int getLastStudyNumber() {
    return lastStudyNumber;
  }

  public int getLastBlockNumber() {
    return lastBlockNumber;
  }

  public boolean isSigned() {
    return signedAt != null;
  }
}
