package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.referral.Urgency;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * One row of a worklist: a referral waiting for triage or a case, with its patient and how long it
 * has waited. Built in the query by the two constructors below, so that a page never loads
 * entities.
 *
 * @param referralId the referral; for a case, the referral that opened it
 * @param caseId the case, {@code null} for a referral not yet accepted
 * @param status the referral's or the case's status in the clinic's words
 * @param waitingSince the day the referral or case entered its status
 * @param dueOn when triage, the requested information or a measure set is due; {@code null} for
 *     other case rows
 * @param overdue whether {@code dueOn} has passed
 */
public record WorklistRow(
    Long referralId,
    Long caseId,
    long patientId,
    String mrn,
    String patientName,
    LocalDate dateOfBirth,
    String status,
    Urgency urgency,
    boolean redFlag,
    ReferralQuestion question,
    LocalDate waitingSince,
    long waitingDays,
    String leadName,
    LocalDate dueOn,
    boolean overdue)
    implements Serializable {

  /** A referral row, as the referral lists' query selects it. */
  public WorklistRow(
      Long referralId,
      Long patientId,
      String mrn,
      String familyName,
      String givenName,
      LocalDate dateOfBirth,
      ReferralStatus status,
      Urgency urgency,
      Boolean redFlag,
      ReferralQuestion question,
      LocalDate statusSince,
      LocalDate dueOn) {
    this(
        referralId,
        null,
        patientId,
        mrn,
        Patient.displayName(familyName, givenName),
        dateOfBirth,
        status.label(),
        urgency,
        redFlag,
        question,
        statusSince,
        daysSince(statusSince),
        null,
        dueOn,
        dueOn != null && dueOn.isBefore(ClinicClock.today()));
  }

  /** A case row, as the case lists' query selects it. */
  public WorklistRow(
      Long caseId,
      Long referralId,
      Long patientId,
      String mrn,
      String familyName,
      String givenName,
      LocalDate dateOfBirth,
      CaseStatus status,
      Urgency urgency,
      Boolean redFlag,
      ReferralQuestion question,
      LocalDate statusSince,
      String leadName) {
    this(
        referralId,
        caseId,
        patientId,
        mrn,
        Patient.displayName(familyName, givenName),
        dateOfBirth,
        status.label(),
        urgency,
        redFlag,
        question,
        statusSince,
        daysSince(statusSince),
        leadName,
        null,
        false);
  }

  /**
   * A due measure set, as the measures-due query selects it: the time point and the instruments
   * still outstanding make the status, waiting counts from the due day.
   */
  public WorklistRow(
      Long caseId,
      Long referralId,
      Long patientId,
      String mrn,
      String familyName,
      String givenName,
      LocalDate dateOfBirth,
      TimePoint timePoint,
      String outstanding,
      Urgency urgency,
      Boolean redFlag,
      ReferralQuestion question,
      LocalDate dueOn,
      LocalDate overdueOn,
      String leadName) {
    this(
        referralId,
        caseId,
        patientId,
        mrn,
        Patient.displayName(familyName, givenName),
        dateOfBirth,
        timePoint.label() + ": " + outstanding.replace(",", ", "),
        urgency,
        redFlag,
        question,
        dueOn,
        daysSince(dueOn),
        leadName,
        dueOn,
        !ClinicClock.today().isBefore(overdueOn));
  }

  /**
   * A workup study ordered and not yet resulted, as the outstanding-studies query selects it: the
   * study and its levels make the status, waiting counts from the day it was ordered.
   */
  public WorklistRow(
      Long caseId,
      Long referralId,
      Long patientId,
      String mrn,
      String familyName,
      String givenName,
      LocalDate dateOfBirth,
      StudyType studyType,
      String levels,
      Urgency urgency,
      Boolean redFlag,
      ReferralQuestion question,
      LocalDate orderedOn,
      String leadName) {
    this(
        referralId,
        caseId,
        patientId,
        mrn,
        Patient.displayName(familyName, givenName),
        dateOfBirth,
        studyType.label() + (levels == null ? "" : " " + levels) + ", ordered " + orderedOn,
        urgency,
        redFlag,
        question,
        orderedOn,
        daysSince(orderedOn),
        leadName,
        null,
        false);
  }

  /**
   * An open safety alert, as the safety-alerts query selects it: the alert and the case's status
   * make the status, waiting counts from the day it was raised.
   */
  public WorklistRow(
      Long caseId,
      Long referralId,
      Long patientId,
      String mrn,
      String familyName,
      String givenName,
      LocalDate dateOfBirth,
      CaseStatus status,
      Urgency urgency,
      Boolean redFlag,
      ReferralQuestion question,
      Instant raisedAt,
      String leadName) {
    this(
        referralId,
        caseId,
        patientId,
        mrn,
        Patient.displayName(familyName, givenName),
        dateOfBirth,
        "Safety alert, PHQ-9 item 9 (" + status.label() + ")",
        urgency,
        redFlag,
        question,
        LocalDate.ofInstant(raisedAt, ZoneId.systemDefault()),
        daysSince(LocalDate.ofInstant(raisedAt, ZoneId.systemDefault())),
        leadName,
        null,
        false);
  }

  /** Days waited by the clinic's calendar (the server's zone), today counting as none. */
  private static long daysSince(LocalDate since) {
    return Math.max(0, ChronoUnit.DAYS.between(since, ClinicClock.today()));
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public Long getReferralId() {
    return referralId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public long getPatientId() {
    return patientId;
  }

  public String getMrn() {
    return mrn;
  }

  public String getPatientName() {
    return patientName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getStatus() {
    return status;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public boolean isRedFlag() {
    return redFlag;
  }

  public ReferralQuestion getQuestion() {
    return question;
  }

  public LocalDate getWaitingSince() {
    return waitingSince;
  }

  public long getWaitingDays() {
    return waitingDays;
  }

  public String getLeadName() {
    return leadName;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public boolean isOverdue() {
    return overdue;
  }
}
