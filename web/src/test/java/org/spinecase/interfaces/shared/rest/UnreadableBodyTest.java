package org.spinecase.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

  @Test
  void recognisesAJsonBindingErrorInsideTheRuntimesWrapper() {
    assertTrue(UnreadableBody.isCauseOf(new ProcessingException(new JsonbException("bad"))));
    assertFalse(UnreadableBody.isCauseOf(new ProcessingException(new IllegalStateException("ours"))));
  }

  @Test
  void namesTheNestedPropertyTheBindingComplainsAbout() {
    JsonbException inner =
        new JsonbException("Unable to deserialize property 'surgeryDate' because of: Error parsing");
    JsonbException outer =
        new JsonbException("Unable to deserialize property 'surgeries' because of: " + inner.getMessage(), inner);

    assertEquals("surgeries.surgeryDate", UnreadableBody.fieldNamedIn(new ProcessingException(outer)));
  }

  @Test
  void leavesTheFieldOutWhenNoneIsNamed() {
    assertNull(UnreadableBody.fieldNamedIn(new JsonbException("Unexpected char 39 at (line no=1)")));
  }
}
