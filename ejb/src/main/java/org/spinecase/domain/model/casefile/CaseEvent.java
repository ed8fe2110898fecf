package org.spinecase.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * One step on an episode's timeline: who did what when, from which status to which, and why.
 *
 * <p>Append-only like the access log: immutable to Hibernate, and the table refuses updates and
 * deletes, so the timeline is evidence of how a decision was reached. Belongs to the referral that
 * started the episode, which keeps referral and case steps on one timeline.
 */
@Entity
@Table(name = "case_event")
@Immutable
public class CaseEvent {

  public static final int NOTE_LENGTH = 2000;

  /** An identity, as for the access log: one insert per event, no sequence round trips. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false, updatable = false)
  private Referral referral;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 100)
  private String by;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private EventKind kind;

  @Convert(converter = CareStateConverter.class)
  @Column(name = "from_status", length = 30)
  private CareState fromStatus;

  @Convert(converter = CareStateConverter.class)
  @Column(name = "to_status", length = 30)
  private CareState toStatus;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  protected CaseEvent() {}

  /**
   * An event of the episode the referral started; see {@link Referral#recordOnTimeline}.
   *
   * @param from the status before, {@code null} when the status did not change
   * @param to the status after, {@code null} when the status did not change
   * @param actor who did it: the signed-in user's name, passed down by the service
   */
  public static CaseEvent of(
      Referral referral, EventKind kind, CareState from, CareState to, String actor, String note) {
    CaseEvent event = new CaseEvent();
    event.referral = Objects.requireNonNull(referral, "referral");
    event.kind = Objects.requireNonNull(kind, "kind");
    event.fromStatus = from;
    event.toStatus = to;
    event.by = Objects.requireNonNull(actor, "actor");
    event.at = ClinicClock.now();
    String text = FreeText.tidyBlock(note);
    event.note =
        text == null || text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH);
    return event;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  /** The user name of who did it. */
  public String getBy() {
    return by;
  }

  public EventKind getKind() {
    return kind;
  }

  /** The status before; {@code null} for events that did not change it. */
  public CareState getFromStatus() {
    return fromStatus;
  }

  /** The status after; {@code null} for events that did not change it. */
  public CareState getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }
}
