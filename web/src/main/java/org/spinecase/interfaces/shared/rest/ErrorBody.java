package org.spinecase.interfaces.shared.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one shape of every error the API answers (docs/architecture.md, "Fixed contracts"):
 * {"status", "message", "violations": [{"field", "message"}]}, violations empty unless the input
 * was refused field by field.
 */
@JsonbPropertyOrder({"status", "message", "violations"})
public record ErrorBody(int status, String message, List<Violation> violations) {

  public ErrorBody {
    violations = violations == null ? List.of() : List.copyOf(violations);
  }

  public static Response response(Response.Status status, String message) {
    return response(status.getStatusCode(), message, List.of());
  }

  public static Response response(int status, String message, List<Violation> violations) {
    return json(status, new ErrorBody(status, message, violations));
  }

  /** For error bodies that add to the common shape, such as the likely duplicates. */
  public static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
