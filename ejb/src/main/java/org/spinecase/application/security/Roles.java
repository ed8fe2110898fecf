package org.spinecase.application.security;

import java.util.List;

/**
 * Keycloak realm role names, spelled once. {@code @RolesAllowed} needs compile-time constants, so
 * these are strings rather than an enum.
 */
public final class Roles {

  public static final String COORDINATOR = "coordinator";
  public static final String SURGEON = "surgeon";
  public static final String PAIN_SPECIALIST = "pain-specialist";
  public static final String PHYSIOTHERAPIST = "physiotherapist";
  public static final String PSYCHOLOGIST = "psychologist";
  public static final String ADMIN = "admin";

  /** Every role the application knows, in the order the access log lists them. */
  public static final List<String> ALL =
      List.of(COORDINATOR, SURGEON, PAIN_SPECIALIST, PHYSIOTHERAPIST, PSYCHOLOGIST, ADMIN);

  /** Everyone who works with patients; the administrator is deliberately not among them. */
  public static final List<String> CLINICAL =
      List.of(COORDINATOR, SURGEON, PAIN_SPECIALIST, PHYSIOTHERAPIST, PSYCHOLOGIST);

  /** Who may register patients and change their registry data. */
  public static final List<String> REGISTRARS = List.of(COORDINATOR, SURGEON, PAIN_SPECIALIST);

  private Roles() {}
}
