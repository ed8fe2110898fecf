package org.spinecase.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.TimePoint;

/**
 * What a new response is about: the case, the instrument and the circumstances of answering it.
 * {@code administeredOn} defaults to today, {@code language} to "en", {@code mode} to clinician.
 */
public record ResponseStart(
    long caseId,
    String instrumentCode,
    TimePoint timePoint,
    LocalDate administeredOn,
    RecallPeriod recallPeriod,
    String language,
    EntryMode mode)
    implements Serializable {

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public long getCaseId() {
    return caseId;
  }

  public String getInstrumentCode() {
    return instrumentCode;
  }

  public TimePoint getTimePoint() {
    return timePoint;
  }

  public LocalDate getAdministeredOn() {
    return administeredOn;
  }

  public RecallPeriod getRecallPeriod() {
    return recallPeriod;
  }

  public String getLanguage() {
    return language;
  }

  public EntryMode getMode() {
    return mode;
  }
}
