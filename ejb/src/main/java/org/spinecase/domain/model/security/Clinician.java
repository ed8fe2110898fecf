package org.spinecase.domain.model.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.shared.FreeText;

/**
 * Someone who has signed in, as the clinic's pick lists show them: name and professions, as of
 * their last sign-in.
 *
 * <p>A directory, not an authority. Roles live in Keycloak and reach the application in the token
 * of every request; access is always decided from the token. The directory only answers "who can I
 * put on this care team", which the token of the person choosing cannot answer.
 */
@Entity
@Table(name = "clinician")
public class Clinician {

  public static final int NAME_LENGTH = 200;

  @Id
  @Column(name = "username", length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
  private String displayName;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "clinician_discipline", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "discipline", nullable = false, length = 20)
  private Set<Discipline> disciplines = new HashSet<>();

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  protected Clinician() {}

  /** A person seen at sign-in, with the disciplines their roles stand for. */
  public static Clinician seen(
      String username, String displayName, Collection<Discipline> disciplines, Instant at) {
    Clinician clinician = new Clinician();
    clinician.username = Objects.requireNonNull(username, "username");
    clinician.seenAgain(displayName, disciplines, at);
    return clinician;
  }

  /** Refreshes name and disciplines from the latest sign-in. */
  public void seenAgain(String displayName, Collection<Discipline> seen, Instant at) {
    String name = FreeText.tidy(displayName);
    this.displayName =
        name == null ? username : name.substring(0, Math.min(name.length(), NAME_LENGTH));
    Set<Discipline> now = seen.isEmpty() ? Set.of() : EnumSet.copyOf(seen);
    if (!disciplines.equals(now)) {
      disciplines.clear();
      disciplines.addAll(now);
    }
    this.lastSeenAt = Objects.requireNonNull(at, "at");
  }

  /** Surgeons and pain physicians may lead a case. */
  public boolean mayLead() {
    return disciplines.stream().anyMatch(Discipline::mayLead);
  }

  /** The discipline someone leads a case in; surgery before pain medicine for those with both. */
  public Discipline leadingDiscipline() {
    return getDisciplines().stream().filter(Discipline::mayLead).findFirst().orElseThrow();
  }

  /** The discipline someone joins a team in, the first in the clinic's order. */
  public Discipline primaryDiscipline() {
    return getDisciplines().stream().findFirst().orElseThrow();
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** In the clinic's order (surgery first). */
  public Set<Discipline> getDisciplines() {
    return disciplines.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(disciplines));
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }
}
