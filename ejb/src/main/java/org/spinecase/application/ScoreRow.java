package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * One complete response in a patient's score table and chart. {@code subscales} and {@code flags}
 * are ready to show ("Distress 3; ..."; flag labels joined), since the table only displays them.
 */
public record ScoreRow(
    long responseId,
    long caseId,
    String instrumentCode,
    String instrumentName,
    LocalDate administeredOn,
    TimePoint timePoint,
    RecallPeriod recallPeriod,
    Double total,
    String band,
    String subscales,
    String flags,
    String enteredBy,
    Instant enteredAt)
    implements Serializable {

  public long getResponseId() {
    return responseId;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getInstrumentCode() {
    return instrumentCode;
  }

  public String getInstrumentName() {
    return instrumentName;
  }

  public LocalDate getAdministeredOn() {
    return administeredOn;
  }

  public TimePoint getTimePoint() {
    return timePoint;
  }

  public RecallPeriod getRecallPeriod() {
    return recallPeriod;
  }

  public Double getTotal() {
    return total;
  }

  public String getBand() {
    return band;
  }

  public String getSubscales() {
    return subscales;
  }

  public String getFlags() {
    return flags;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }
}
