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
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.spinecase.domain.model.shared.ClinicalRecord;

/**
 * One saved section of a workup: its content as JSON (written by the infrastructure's codec),
 * whether it is complete and what is missing (kept so lists can show it without reading the
 * JSON), who saved it when, and its own version, so that two clinicians can fill two sections at
 * once and only a second edit of the same section is stale.
 */
@Entity
@Table(name = "workup_section")
@Audited
public class WorkupSectionRecord extends ClinicalRecord {

  private static final String MISSING_SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workup_section_seq")
  @SequenceGenerator(
      name = "workup_section_seq",
      sequenceName = "workup_section_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workup_id", nullable = false, updatable = false)
  private Workup workup;

  @Enumerated(EnumType.STRING)
  @Column(name = "section", nullable = false, updatable = false, length = 30)
  private WorkupSection section;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "complete", nullable = false)
  private boolean complete;

  @Column(name = "missing", columnDefinition = "text")
  private String missing;

  @Column(name = "saved_by", nullable = false, length = 100)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected WorkupSectionRecord() {}

  public WorkupSectionRecord(Workup workup, WorkupSection section) {
    this.workup = workup;
    this.section = section;
  }

  /** Keeps what the sheet accepted, as {@code json}, with its completeness. */
  public void store(SectionContent accepted, String json, String author, Instant at) {
    if (accepted.section() != section) {
      throw new IllegalArgumentException(accepted.section() + " is not " + section);
    }
    List<String> stillMissing = accepted.missing();
    content = json;
    complete = stillMissing.isEmpty();
    missing = complete ? null : String.join(MISSING_SEPARATOR, stillMissing);
    savedBy = author;
    savedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Workup getWorkup() {
    return workup;
  }

  public WorkupSection getSection() {
    return section;
  }

  public String getContent() {
    return content;
  }

  public boolean isComplete() {
    return complete;
  }

  public List<String> getMissing() {
    return missing == null ? List.of() : Arrays.asList(missing.split(MISSING_SEPARATOR));
  }

  public String getSavedBy() {
    return savedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
