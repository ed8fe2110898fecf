package org.spinecase.domain.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class BreakGlassGrantTest {

  private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void grantsAccessForItsWindowOnly() {
    BreakGlassGrant grant =
        BreakGlassGrant.grant(
            42,
            "physio",
            "physiotherapist",
            "Patient in ED, team unreachable",
            NOON,
            Duration.ofMinutes(60));
    assertEquals(NOON.plus(Duration.ofHours(1)), grant.getExpiresAt());
    assertFalse(grant.isActive(NOON.minusSeconds(1)));
    assertTrue(grant.isActive(NOON));
    assertTrue(grant.isActive(NOON.plus(Duration.ofMinutes(59))));
    assertFalse(grant.isActive(NOON.plus(Duration.ofMinutes(60))));
  }

  @Test
  void needsAReasonWorthReading() {
    ClinicalRuleViolation tooShort =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                BreakGlassGrant.grant(
                    42, "physio", null, "  urgent  ", NOON, Duration.ofMinutes(60)));
    assertEquals("reason", tooShort.getField());
  }

  @Test
  void isReviewedOnce() {
    BreakGlassGrant grant =
        BreakGlassGrant.grant(
            42, "physio", null, "Patient in ED, team unreachable", NOON, Duration.ofMinutes(60));
    grant.markReviewed("admin", "Justified", NOON.plus(Duration.ofDays(1)));
    assertTrue(grant.isReviewed());
    assertEquals("admin", grant.getReviewedBy());
    assertThrows(
        ClinicalRuleViolation.class,
        () -> grant.markReviewed("admin", "Again", NOON.plus(Duration.ofDays(2))));
  }

  @Test
  void theDefaultWindowIsAnHour() {
    assertEquals(Duration.ofMinutes(60), BreakGlassGrant.configuredDuration());
  }
}
