package org.spinecase.application;

import java.util.ArrayList;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.domain.model.outcome.SafetyAlert;

/**
 * The case page's timeline: the episode's stored events, each completed questionnaire and each
 * safety alert (raised, acknowledged), newest first, from what the page has loaded anyway.
 *
 * <p>The coordinator keeps the case moving and so sees that a questionnaire was completed and that
 * an alert was raised and dealt with, but never a score, the alert's question or the clinician's
 * note (see roles.md: no clinical notes or scores).
 */
final class CaseTimeline {

  private CaseTimeline() {}

  static List<TimelineEntry> of(
      CaseFile caseFile,
      List<InstrumentResponse> responses,
      List<SafetyAlert> alerts,
      boolean clinical) {
    List<TimelineEntry> entries = new ArrayList<>();
    caseFile.getEvents().forEach(event -> entries.add(TimelineEntry.of(event)));
    for (InstrumentResponse response : responses) {
      if (response.getStatus() == ResponseStatus.COMPLETE && response.getCompletedAt() != null) {
        entries.add(completed(response, clinical));
      }
    }
    for (SafetyAlert alert : alerts) {
      entries.add(raised(alert, clinical));
      if (!alert.isOpen()) {
        entries.add(acknowledged(alert, clinical));
      }
    }
    entries.sort(TimelineEntry.NEWEST_FIRST);
    return entries;
  }

  private static TimelineEntry completed(InstrumentResponse response, boolean clinical) {
    Double score = clinical ? response.getTotal() : null;
    return new TimelineEntry(
        response.getCompletedAt(),
        response.getEnteredBy(),
        score == null ? TimelineEntry.OUTCOME_COMPLETED : TimelineEntry.OUTCOME_SCORED,
        response.getInstrumentCode() + " completed",
        null,
        null,
        response.getInstrumentCode(),
        score,
        null,
        false);
  }

  private static TimelineEntry raised(SafetyAlert alert, boolean clinical) {
    return new TimelineEntry(
        alert.getRaisedAt(),
        alert.getResponse().getEnteredBy(),
        clinical ? TimelineEntry.ALERT_RAISED_ITEM9 : TimelineEntry.ALERT_RAISED,
        "Safety alert raised",
        null,
        null,
        null,
        null,
        null,
        true);
  }

  private static TimelineEntry acknowledged(SafetyAlert alert, boolean clinical) {
    return new TimelineEntry(
        alert.getAcknowledgedAt(),
        alert.getAcknowledgedBy(),
        TimelineEntry.ALERT_ACKNOWLEDGED,
        "Safety alert acknowledged",
        null,
        null,
        null,
        null,
        clinical ? alert.getNote() : null,
        false);
  }
}
