package org.spinecase.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.function.Executable;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.domain.model.casefile.IllegalTransitionException;

/** The three ways the services say no, as the tests expect them. */
public final class Refusals {

  private Refusals() {}

  /** The role may not call the method at all ({@code @RolesAllowed}, HTTP 403). */
  public static void assertRoleRefused(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof EJBAccessException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof EJBAccessException, "expected a refusal by role, got " + thrown);
  }

  /** The record is not there for the caller (HTTP 404). */
  public static RecordNotFoundException assertNotFound(Executable call) {
    return assertThrows(RecordNotFoundException.class, call);
  }

  /** The lifecycle refused the command for the given reason. */
  public static IllegalTransitionException assertTransitionRefused(
      IllegalTransitionException.Refusal refusal, Executable call) {
    IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, call);
    assertEquals(refusal, refused.getRefusal(), refused.getMessage());
    return refused;
  }
}
