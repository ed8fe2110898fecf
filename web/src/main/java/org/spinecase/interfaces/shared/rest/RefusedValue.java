package org.spinecase.interfaces.shared.rest;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value the API refuses while binding, with the sentence the client sees next to the field:
 * a number that is fractional or too large for the field, a text holding a NUL character. The
 * JSON binding wraps it with the property's name, which {@link UnreadableBody} reads back.
 */
public class RefusedValue extends JsonbException {

  private static final long serialVersionUID = 1L;

  public RefusedValue(String message) {
    super(message);
  }
}
