package org.spinecase.interfaces.shared.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the API's refusals into the OpenAPI document once, for every operation, in the one error
 * shape the exception mappers answer ({@link ErrorBody}): 400 where the caller sends input, 401
 * and 403 everywhere, 404 where the path names a record, 409 where a write carries a version. The
 * resources then document only what succeeds. Registered as {@code mp.openapi.filter}.
 */
public class ErrorResponses implements OASFilter {

  static final String ERROR = "Error";
  private static final String REF = "#/components/schemas/" + ERROR;

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi.getComponents().addSchema(ERROR, errorSchema());
    if (openApi.getPaths() == null) {
      return;
    }
    openApi.getPaths().getPathItems().forEach((path, item) ->
        item.getOperations().forEach((method, operation) -> addRefusals(path, method, operation)));
  }

  private static void addRefusals(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean sendsInput = operation.getRequestBody() != null
        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean write = method != PathItem.HttpMethod.GET;
    if (sendsInput) {
      add(responses, "400", "Invalid input: the violations name each refused field");
    }
    add(responses, "401", "No valid bearer token");
    add(responses, "403", "The caller's role may not do this");
    if (path.contains("{")) {
      add(responses, "404", "No such record, or one the caller may not see (the attempt is logged)");
    }
    if (write && operation.getRequestBody() != null) {
      add(responses, "409", "The record changed since the version sent (or a likely duplicate)");
    }
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses.hasAPIResponse(code)) {
      return;
    }
    Content content = OASFactory.createContent().addMediaType(
        jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
    responses.addAPIResponse(code, response);
  }

  private static Schema errorSchema() {
    Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .properties(Map.of(
            "field", string("The JSON field refused, as a path (surgeries[0].date)"),
            "message", string("Why, in plain words")));
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
        .description("The one shape of every error the API answers")
        .properties(Map.of(
            "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                .description("The HTTP status"),
            "message", string("What went wrong, in plain words"),
            "violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                .items(violation)))
        .required(List.of("status", "message", "violations"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}
