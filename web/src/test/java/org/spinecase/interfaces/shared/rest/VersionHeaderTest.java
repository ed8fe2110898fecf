package org.spinecase.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spinecase.application.InvalidInputException;

class VersionHeaderTest {

  @Test
  void takesTheVersionFromTheBody() {
    assertEquals(3L, VersionHeader.versionOf(3L, null));
  }

  @Test
  void takesTheVersionFromIfMatchInAnyUsualSpelling() {
    assertEquals(4L, VersionHeader.versionOf(null, "\"4\""));
    assertEquals(4L, VersionHeader.versionOf(null, "W/\"4\""));
    assertEquals(4L, VersionHeader.versionOf(null, "4"));
  }

  @Test
  void requiresAVersion() {
    assertThrows(InvalidInputException.class, () -> VersionHeader.versionOf(null, null));
  }

  @Test
  void refusesDisagreeingVersions() {
    assertThrows(InvalidInputException.class, () -> VersionHeader.versionOf(3L, "\"4\""));
  }

  @Test
  void refusesAnIfMatchThatIsNoVersion() {
    assertThrows(InvalidInputException.class, () -> VersionHeader.versionOf(null, "*"));
  }
}
