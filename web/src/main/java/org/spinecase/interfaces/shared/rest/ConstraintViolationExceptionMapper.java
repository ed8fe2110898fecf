package org.spinecase.interfaces.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation refusals as 400 with one violation per field. The field is the property path
 * as the client wrote it: "register.form.familyName" becomes "familyName", so the method and
 * parameter names of the Java side never leak into the contract.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Violation> violations =
        exception.getConstraintViolations().stream()
            .map(v -> new Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Violation::field, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    return ErrorBody.response(400, "The input is not valid.", violations);
  }

  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
          || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (node.getName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    // a rule on a whole parameter (e.g. @NotNull on the body) names that parameter
    return field.isEmpty() ? parameter : field.toString();
  }
}
