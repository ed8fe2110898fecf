package org.spinecase.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One access to clinical data: who, in which roles, from where, what record, what action and
 * whether it was allowed.
 *
 * <p>Append-only: the entity is immutable to Hibernate and the table refuses updates and deletes,
 * so the log can be trusted as evidence. No clinical values are ever stored here; the record type
 * and id are enough to find what was seen.
 */
@Entity
@Table(name = "access_log")
@Immutable
public class AccessLogEntry {

  /**
   * An identity column rather than a pooled sequence: entries are written one per transaction, so
   * batching gains nothing, and an identity costs exactly one statement per entry instead of an
   * extra sequence call every fiftieth, which keeps a page's statement count constant.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "subject", length = 100)
  private String subject;

  @Column(name = "roles", length = 200)
  private String roles;

  @Column(name = "patient_id")
  private Long patientId;

  @Column(name = "record_type", nullable = false, length = 40)
  private String recordType;

  @Column(name = "record_id")
  private Long recordId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 20)
  private AccessAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 10)
  private AccessOutcome outcome;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  @Column(name = "request_id", length = 64)
  private String requestId;

  @Column(name = "break_glass_reason", length = 500)
  private String breakGlassReason;

  protected AccessLogEntry() {}

  private AccessLogEntry(Instant at, AccessAction action, AccessOutcome outcome) {
    this.at = Objects.requireNonNull(at, "at");
    this.action = Objects.requireNonNull(action, "action");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }

  /** Starts an entry; the other parts are added with the fluent methods before persisting. */
  public static AccessLogEntry of(AccessAction action, AccessOutcome outcome, Instant at) {
    return new AccessLogEntry(at, action, outcome);
  }

  /** Who acted: user name, identity-provider subject (if known) and roles held at the time. */
  public AccessLogEntry by(String username, String subject, String roles) {
    this.username = Objects.requireNonNull(username, "username");
    this.subject = cut(subject, 100);
    this.roles = cut(roles, 200);
    return this;
  }

  /** Which record: its type, its id and the patient it belongs to, where known. */
  public AccessLogEntry concerning(String recordType, Long recordId, Long patientId) {
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.recordId = recordId;
    this.patientId = patientId;
    return this;
  }

  /** Where the request came from; both unknown for work not started by a request. */
  public AccessLogEntry from(String clientAddress, String requestId) {
    this.clientAddress = cut(clientAddress, 64);
    this.requestId = cut(requestId, 64);
    return this;
  }

  /** The reason a clinician gave for breaking the glass to see a patient outside their team. */
  public AccessLogEntry becauseOf(String breakGlassReason) {
    this.breakGlassReason = cut(breakGlassReason, 500);
    return this;
  }

  /** Values from outside (headers) must not make the log entry fail to save. */
  private static String cut(String value, int maxLength) {
    return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public String getSubject() {
    return subject;
  }

  public String getRoles() {
    return roles;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getRecordType() {
    return recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public AccessAction getAction() {
    return action;
  }

  public AccessOutcome getOutcome() {
    return outcome;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getBreakGlassReason() {
    return breakGlassReason;
  }
}
