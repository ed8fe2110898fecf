package org.spinecase.it.support;

import java.util.Set;

/** The demo users of the realm file, with the roles the application must see for them. */
public enum DemoUser {
  SURGEON("surgeon", Set.of("surgeon")),
  PAIN_SPECIALIST("painspecialist", Set.of("pain-specialist")),
  PHYSIOTHERAPIST("physio", Set.of("physiotherapist")),
  PSYCHOLOGIST("psychologist", Set.of("psychologist")),
  COORDINATOR("coordinator", Set.of("coordinator")),
  ADMIN("admin", Set.of("admin")),
  MULTI("drmulti", Set.of("surgeon", "pain-specialist"));

  public static final String PASSWORD = "demo";

  private final String username;
  private final Set<String> roles;

  DemoUser(String username, Set<String> roles) {
    this.username = username;
    this.roles = roles;
  }

  public String username() {
    return username;
  }

  public Set<String> roles() {
    return roles;
  }

  public boolean mayRegisterPatients() {
    return roles.contains("coordinator") || roles.contains("surgeon") || roles.contains("pain-specialist");
  }

  public boolean maySeePatients() {
    return !roles.equals(Set.of("admin"));
  }
}
