package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.spinecase.domain.model.casefile.CareState;
import org.spinecase.domain.model.casefile.CaseEvent;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.casefile.EventKind;

/**
 * One line of an episode's timeline as a page shows it: a step of the lifecycle, a team change, a
 * completed questionnaire or a safety alert, named in the clinic's words.
 *
 * <p>{@code what} names the line for the page's resource bundle ({@code timeline.what.<what>}), so
 * that every status change has its own name ("Plan agreed", "Treatment started") rather than
 * "Status changed", also for events stored before they had one; {@code label} is the name the
 * domain gives, for a kind the bundle does not know yet. {@code subject} and {@code score}
 * fill the text: the instrument and its total for a questionnaire; {@code score} is left out for
 * readers who may see no scores.
 */
public record TimelineEntry(
    Instant at,
    String by,
    String what,
    String label,
    CareState fromStatus,
    CareState toStatus,
    String subject,
    Double score,
    String note,
    boolean danger)
    implements Serializable {

  /** Newest first; the order every timeline is read in. */
  public static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(TimelineEntry::at).reversed();

  static final String OUTCOME_COMPLETED = "OUTCOME_COMPLETED";
  static final String OUTCOME_SCORED = "OUTCOME_SCORED";
  static final String ALERT_RAISED = "ALERT_RAISED";
  static final String ALERT_RAISED_ITEM9 = "ALERT_RAISED_ITEM9";
  static final String ALERT_ACKNOWLEDGED = "ALERT_ACKNOWLEDGED";

  /** A stored event of the episode, named by what it did. */
  public static TimelineEntry of(CaseEvent event) {
    return new TimelineEntry(
        event.getAt(),
        event.getBy(),
        what(event.getKind(), event.getFromStatus(), event.getToStatus()),
        event.getKind().label(),
        event.getFromStatus(),
        event.getToStatus(),
        null,
        null,
        event.getNote(),
        event.getKind() == EventKind.RED_FLAG_RAISED);
  }

  /** The episode's stored events, newest first, as the referral and case pages show them. */
  public static List<TimelineEntry> ofEvents(List<CaseEvent> events) {
    return events.stream().map(TimelineEntry::of).sorted(NEWEST_FIRST).toList();
  }

  /**
   * A status change is named after the step it was: where the case arrived, and "returned to
   * workup" for the way back. Other events keep their kind.
   */
  static String what(EventKind kind, CareState from, CareState to) {
    if (kind != EventKind.STATUS_CHANGED || !(to instanceof CaseStatus status)) {
      return kind.name();
    }
    if (status == CaseStatus.WORKUP && from == CaseStatus.READY_FOR_MDT) {
      return "RETURNED_TO_WORKUP";
    }
    return "TO_" + status.name();
  }

  /** Whether this line is the MDT's decision, whose text the case's overview shows. */
  public boolean isMdtDecision() {
    return toStatus == CaseStatus.MDT_DECIDED;
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public Instant getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }

  public String getWhat() {
    return what;
  }

  public String getLabel() {
    return label;
  }

  public CareState getFromStatus() {
    return fromStatus;
  }

  public CareState getToStatus() {
    return toStatus;
  }

  public String getSubject() {
    return subject;
  }

  public Double getScore() {
    return score;
  }

  public String getNote() {
    return note;
  }

  public boolean isDanger() {
    return danger;
  }
}
