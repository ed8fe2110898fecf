package org.spinecase.domain.model.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The professions on a care team, each following from one Keycloak realm role. Kept as the clinic
 * speaks of people ("physiotherapy is on the team") rather than as access roles.
 */
public enum Discipline {
  SURGERY("Spine surgery", "surgeon"),
  PAIN_MEDICINE("Pain medicine", "pain-specialist"),
  PHYSIOTHERAPY("Physiotherapy", "physiotherapist"),
  PSYCHOLOGY("Pain psychology", "psychologist"),
  COORDINATION("Coordination", "coordinator");

  private final String label;
  private final String role;

  Discipline(String label, String role) {
    this.label = label;
    this.role = role;
  }

  public String label() {
    return label;
  }

  /** The realm role that makes someone a member of this discipline. */
  public String role() {
    return role;
  }

  public static Optional<Discipline> ofRole(String role) {
    return Arrays.stream(values()).filter(d -> d.role.equals(role)).findFirst();
  }

  /** The disciplines that the given realm roles stand for; roles without one are ignored. */
  public static Set<Discipline> ofRoles(Collection<String> roles) {
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    roles.forEach(role -> ofRole(role).ifPresent(disciplines::add));
    return disciplines;
  }

  /** Surgeons and pain physicians decide on cases, so only they may lead one. */
  public boolean mayLead() {
    return this == SURGERY || this == PAIN_MEDICINE;
  }
}
