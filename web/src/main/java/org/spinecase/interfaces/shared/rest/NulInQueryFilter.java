package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter holding a NUL character (%00) with 400 naming the parameter, before
 * any resource passes it to the database, which cannot store or compare it. Request bodies are
 * checked by the JSON binding ({@link ApiJson}).
 */
@Provider
@PreMatching
public class NulInQueryFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      boolean nul =
          parameter.getKey().indexOf('\u0000') >= 0
              || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0);
      if (nul) {
        String name = parameter.getKey().replace("\u0000", "");
        request.abortWith(
            ErrorBody.response(
                400,
                "The input is not valid.",
                List.of(new Violation(name, StrictValues.NUL))));
        return;
      }
    }
  }
}
