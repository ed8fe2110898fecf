package org.spinecase.it.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.ClinicDeployment;

/**
 * The OpenAPI document is enough for an integrator: every JSON body, in and out, has a schema;
 * every refusal is listed in the API's one error shape; creations answer 201 as the API does.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
  private static JsonObject document;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @BeforeAll
  static void readTheDocument() {
    Api.Response response = Api.anonymous().get("/openapi?format=JSON");
    assertEquals(200, response.status(), response.body());
    document = response.json();
  }

  @Test
  void noJsonBodyIsDocumentedAsAnEmptySchema() {
    List<String> empty = new ArrayList<>();
    forEachOperation((name, operation) -> {
      JsonObject body = operation.getJsonObject("requestBody");
      if (body != null && emptyJsonSchema(body)) {
        empty.add(name + " request");
      }
      operation.getJsonObject("responses").forEach((code, response) -> {
        if (emptyJsonSchema(response.asJsonObject())) {
          empty.add(name + " " + code);
        }
      });
    });
    assertEquals(List.of(), empty);
  }

  @Test
  void everyOperationListsItsRefusalsInTheErrorShape() {
    List<String> missing = new ArrayList<>();
    forEachOperation((name, operation) -> {
      JsonObject responses = operation.getJsonObject("responses");
      List<String> expected = new ArrayList<>(List.of("401", "403"));
      if (name.contains("{")) {
        expected.add("404");
      }
      if (operation.containsKey("requestBody")) {
        expected.add("400");
      }
      for (String code : expected) {
        if (!responses.containsKey(code) || !responses.getJsonObject(code).toString().contains("#/components/schemas/Error")) {
          missing.add(name + " " + code);
        }
      }
    });
    assertEquals(List.of(), missing);
    assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Error"));
  }

  @Test
  void creationsAnswer201AndNeverAlso200() {
    List<String> wrong = new ArrayList<>();
    for (String creation : List.of("post /api/v1/patients", "post /api/v1/referrals",
        "post /api/v1/cases/{caseId}/outcomes", "post /api/v1/cases/{caseId}/workup/blocks",
        "post /api/v1/cases/{caseId}/workup/studies", "post /api/v1/cases/{caseId}/workup/addenda")) {
      String[] parts = creation.split(" ");
      JsonObject responses = document.getJsonObject("paths").getJsonObject(parts[1])
          .getJsonObject(parts[0]).getJsonObject("responses");
      if (!responses.containsKey("201") || responses.containsKey("200")) {
        wrong.add(creation + " " + responses.keySet());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void codedFieldsListTheirCodes() {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    List<String> plain = new ArrayList<>();
    for (String field : List.of("CaseDto.status", "CaseEventDto.kind", "StudyDto.type", "StudyDto.status",
        "SectionDto.section", "PriorTreatmentDto.response", "PatientDto.sex")) {
      String[] parts = field.split("\\.");
      JsonObject property = schemas.getJsonObject(parts[0]).getJsonObject("properties").getJsonObject(parts[1]);
      if (!resolve(schemas, property).containsKey("enum")) {
        plain.add(field + " " + property);
      }
    }
    assertEquals(List.of(), plain);
  }

  /** The schema itself, or the one its $ref (alone or in allOf) names. */
  private static JsonObject resolve(JsonObject schemas, JsonObject property) {
    String text = property.toString();
    int at = text.indexOf("#/components/schemas/");
    if (property.containsKey("enum") || at < 0) {
      return property;
    }
    String name = text.substring(at + "#/components/schemas/".length()).split("\"")[0];
    return schemas.getJsonObject(name);
  }

  private static boolean emptyJsonSchema(JsonObject bodyOrResponse) {
    JsonObject content = bodyOrResponse.getJsonObject("content");
    if (content == null || !content.containsKey("application/json")) {
      return false;
    }
    JsonValue schema = content.getJsonObject("application/json").get("schema");
    return schema == null || schema.asJsonObject().isEmpty();
  }

  private static void forEachOperation(java.util.function.BiConsumer<String, JsonObject> action) {
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (String method : METHODS) {
        JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
        if (operation != null) {
          action.accept(method + " " + path.getKey(), operation);
        }
      }
    }
  }
}
