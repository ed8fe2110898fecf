package org.spinecase.domain.model.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * A clinician's emergency access to one patient outside their care teams, for a short time and with
 * a stated reason, which the privacy officer reviews afterwards.
 *
 * <p>The grant is the record of the decision; each read made with it is in the access log with the
 * same reason. It is never extended: a clinician who still needs access breaks the glass again,
 * with a reason again.
 */
@Entity
@Table(name = "break_glass_grant")
public class BreakGlassGrant {

  public static final String DURATION_SETTING = "SPINECASE_BREAK_GLASS_MINUTES";
  public static final int DEFAULT_MINUTES = 60;
  public static final int MIN_REASON_LENGTH = 10;
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "break_glass_grant_seq")
  @SequenceGenerator(
      name = "break_glass_grant_seq",
      sequenceName = "break_glass_grant_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  /** Reviews are concurrent work too: two officers must not overwrite each other's note. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "username", nullable = false, updatable = false, length = 100)
  private String username;

  @Column(name = "roles", length = 200, updatable = false)
  private String roles;

  @Column(name = "reason", nullable = false, updatable = false, length = REASON_LENGTH)
  private String reason;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  protected BreakGlassGrant() {}

  /** Grants access from {@code at} for {@code duration}, if the reason says something. */
  public static BreakGlassGrant grant(
      long patientId, String username, String roles, String reason, Instant at, Duration duration) {
    String why = FreeText.tidy(reason);
    if (why == null || why.length() < MIN_REASON_LENGTH) {
      throw new ClinicalRuleViolation(
          "reason", "Say why you need access, in at least " + MIN_REASON_LENGTH + " characters.");
    }
    BreakGlassGrant grant = new BreakGlassGrant();
    grant.patientId = patientId;
    grant.username = Objects.requireNonNull(username, "username");
    grant.roles = roles;
    grant.reason = FreeText.limited("reason", "Reason", why, REASON_LENGTH);
    grant.grantedAt = Objects.requireNonNull(at, "at");
    grant.expiresAt = at.plus(duration);
    return grant;
  }

  /** How long a grant lasts, from {@value #DURATION_SETTING} minutes. */
  public static Duration configuredDuration() {
    String configured = System.getProperty(DURATION_SETTING, System.getenv(DURATION_SETTING));
    if (configured == null || !configured.strip().matches("\\d{1,4}")) {
      return Duration.ofMinutes(DEFAULT_MINUTES);
    }
    return Duration.ofMinutes(Math.max(1, Integer.parseInt(configured.strip())));
  }

  /** Whether the grant allows access at that moment. */
  public boolean isActive(Instant at) {
    return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
  }

  /** The privacy officer has looked at the grant and what was read with it. */
  public void markReviewed(String by, String note, Instant at) {
    if (reviewedAt != null) {
      throw new ClinicalRuleViolation(null, "This access has already been reviewed.");
    }
    reviewedAt = Objects.requireNonNull(at, "at");
    reviewedBy = Objects.requireNonNull(by, "by");
    reviewNote = FreeText.limited("note", "Review note", FreeText.tidyBlock(note), 1000);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getUsername() {
    return username;
  }

  /** The roles the clinician held when breaking the glass. */
  public String getRoles() {
    return roles;
  }

  public String getReason() {
    return reason;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public boolean isReviewed() {
    return reviewedAt != null;
  }
}
