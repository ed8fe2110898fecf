package org.spinecase.domain.model.casefile;

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
import org.hibernate.envers.Audited;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * One clinician's place on a case's care team, which is what lets them see the case.
 *
 * <p>Never deleted: leaving the team ends the membership with who, when and why, so that the access
 * log can later be read against who was on the team at the time.
 */
@Entity
@Table(name = "care_team_member")
@Audited
public class CareTeamMember extends ClinicalRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_team_member_seq")
  @SequenceGenerator(
      name = "care_team_member_seq",
      sequenceName = "care_team_member_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(name = "username", nullable = false, updatable = false, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "discipline", nullable = false, length = 20)
  private Discipline discipline;

  @Column(name = "lead", nullable = false)
  private boolean lead;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "added_by", nullable = false, updatable = false, length = 100)
  private String addedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removed_by", length = 100)
  private String removedBy;

  @Column(name = "removal_reason", length = 1000)
  private String removalReason;

  protected CareTeamMember() {}

  CareTeamMember(CaseFile caseFile, Clinician clinician, Discipline discipline, String actor) {
    this.caseFile = caseFile;
    this.username = clinician.getUsername();
    this.displayName = clinician.getDisplayName();
    this.discipline = discipline;
    this.addedAt = ClinicClock.now();
    this.addedBy = actor;
  }

  void leadCase(boolean leading) {
    lead = leading;
  }

  void leave(String actor, String reason) {
    removedAt = ClinicClock.now();
    removedBy = actor;
    removalReason = reason;
  }

  /** On the team now, not removed. */
  public boolean isActive() {
    return removedAt == null;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Discipline getDiscipline() {
    return discipline;
  }

  public boolean isLead() {
    return lead;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public String getRemovedBy() {
    return removedBy;
  }

  public String getRemovalReason() {
    return removalReason;
  }
}
