package org.spinecase.it.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecase.it.support.Api;
import org.spinecase.it.support.Api.Response;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;

/** /api/v1/patients with real tokens for every role, allowed and denied, and the error contract. */
@ExtendWith(ArquillianExtension.class)
class PatientApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  static String patientJson(String family, String given, String dob) {
    return """
        {"familyName": "%s", "givenName": "%s", "dateOfBirth": "%s", "sex": "FEMALE",
         "phone": "+41 44 000 00 00", "preferredLanguage": "de",
         "smokingStatus": "FORMER", "diabetes": "TYPE_2", "bmi": 31.4,
         "osteoporosis": false, "autoimmuneDisease": false, "vascularDisease": true,
         "surgeries": [{"surgeryDate": "2021-03-15", "procedure": "MICRODISCECTOMY", "levels": "L4-L5",
                        "approach": "POSTERIOR_MIS", "hospitalOrSurgeon": "Kantonsspital (fictional)"}]}
        """.formatted(family, given, dob);
  }

  static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObject register(DemoUser as, String family) {
    Response created = Api.as(as).post("/api/v1/patients", patientJson(family, "Anna", "1968-04-02"));
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  @Test
  void withoutTokenTheApiAnswers401NotALoginPage() {
    Response response = Api.anonymous().get("/api/v1/patients");
    assertEquals(401, response.status());
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void registeringIsForCoordinatorsSurgeonsAndPainSpecialists(DemoUser user) {
    Response response = Api.as(user).post("/api/v1/patients", patientJson(unique("Role"), "Rita", "1970-01-01"));
    if (user.mayRegisterPatients()) {
      assertEquals(201, response.status(), response.body());
      JsonObject body = response.json();
      assertTrue(body.getString("mrn").matches("SC-\\d{7}"), body.getString("mrn"));
      assertTrue(response.header("Location").endsWith("/api/v1/patients/" + body.getJsonNumber("id").longValue()));
      assertEquals(1, body.getJsonArray("surgeries").size());
    } else {
      assertEquals(403, response.status(), response.body());
      assertEquals(403, response.json().getInt("status"));
    }
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void readingAndSearchingIsForEveryClinicianButNotTheAdministrator(DemoUser user) {
    String family = unique("Search");
    long id = register(DemoUser.COORDINATOR, family).getJsonNumber("id").longValue();

    Response read = Api.as(user).get("/api/v1/patients/" + id);
    Response search = Api.as(user).get("/api/v1/patients?q=" + family.toLowerCase());
    if (user.maySeePatients()) {
      assertEquals(200, read.status(), read.body());
      assertEquals(family, read.json().getString("familyName"));
      assertEquals(200, search.status(), search.body());
      assertEquals(1, search.json().getInt("total"));
    } else {
      assertEquals(403, read.status());
      assertEquals(403, search.status());
    }
  }

  @Test
  void unknownPatientIs404() {
    Response response = Api.as(DemoUser.SURGEON).get("/api/v1/patients/987654321");
    assertEquals(404, response.status());
    assertEquals(404, response.json().getInt("status"));
  }

  @Test
  void invalidInputIs400WithTheFieldsNamed() {
    Response response = Api.as(DemoUser.SURGEON).post("/api/v1/patients",
        """
        {"givenName": "NoFamily", "dateOfBirth": "2999-01-01", "sex": "FEMALE", "email": "not-an-email"}
        """);
    assertEquals(400, response.status(), response.body());
    JsonObject body = response.json();
    assertEquals(400, body.getInt("status"));
    var fields = body.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("field")).toList();
    assertTrue(fields.contains("familyName"), fields.toString());
    assertTrue(fields.contains("dateOfBirth"), fields.toString());
    assertTrue(fields.contains("email"), fields.toString());
  }

  /**
   * Every problem of a registration comes in one answer: the patient's fields with the surgery
   * rows', and every surgery row dated before the date of birth, not only the first.
   */
  @Test
  void everyProblemOfARegistrationIsReportedAtOnce() {
    Response fields = Api.as(DemoUser.SURGEON).post("/api/v1/patients",
        "{\"givenName\": \"Rows\", \"sex\": \"FEMALE\", \"surgeries\": [{\"levels\": \"L4-L5\"}, {}]}");
    assertEquals(400, fields.status(), fields.body());
    List<String> named = fields.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("field")).toList();
    for (String field : List.of("familyName", "dateOfBirth", "surgeries[0].surgeryDate", "surgeries[0].procedure",
        "surgeries[1].surgeryDate", "surgeries[1].levels")) {
      assertTrue(named.contains(field), field + " in " + named);
    }

    String beforeBirth = patientJson(unique("Rows"), "Ada", "1990-01-01")
        .replace("\"2021-03-15\"", "\"1985-03-15\"")
        .replace("\"surgeries\": [{", "\"surgeries\": [{\"surgeryDate\": \"1980-02-01\", \"procedure\": \"TLIF\","
            + " \"levels\": \"L5-S1\"}, {");
    Response rows = Api.as(DemoUser.SURGEON).post("/api/v1/patients", beforeBirth);
    assertEquals(400, rows.status(), rows.body());
    List<String> rowFields = rows.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("field")).toList();
    assertEquals(List.of("surgeries[0].surgeryDate", "surgeries[1].surgeryDate"), rowFields, rows.body());
  }

  @Test
  void malformedJsonIs400WithoutStackTrace() {
    Response response = Api.as(DemoUser.SURGEON).post("/api/v1/patients", "{\"familyName\": ");
    assertEquals(400, response.status(), response.body());
    assertTrue(!response.body().contains("Exception"), response.body());
  }

  @Test
  void staleUpdateIs409AndKeepsTheOtherUsersChange() {
    JsonObject created = register(DemoUser.SURGEON, unique("Stale"));
    long id = created.getJsonNumber("id").longValue();
    long version = created.getJsonNumber("version").longValue();

    String first = created.toString().replace("\"+41 44 000 00 00\"", "\"+41 44 111 11 11\"");
    Response ok = Api.as(DemoUser.COORDINATOR).put("/api/v1/patients/" + id, first);
    assertEquals(200, ok.status(), ok.body());

    String second = created.toString().replace("\"+41 44 000 00 00\"", "\"+41 44 222 22 22\"");
    Response stale = Api.as(DemoUser.PAIN_SPECIALIST).put("/api/v1/patients/" + id, second);
    assertEquals(409, stale.status(), stale.body());
    assertEquals(409, stale.json().getInt("status"));

    JsonObject now = Api.as(DemoUser.SURGEON).get("/api/v1/patients/" + id).json();
    assertEquals("+41 44 111 11 11", now.getString("phone"));
    assertEquals(version + 1, now.getJsonNumber("version").longValue());
  }

  @Test
  void likelyDuplicateIsFlaggedAndCanBeConfirmed() {
    String family = unique("Twin");
    register(DemoUser.SURGEON, family);

    Response duplicate = Api.as(DemoUser.COORDINATOR).post("/api/v1/patients", patientJson(family, "Anna", "1968-04-02"));
    assertEquals(409, duplicate.status(), duplicate.body());
    assertEquals(1, duplicate.json().getJsonArray("duplicates").size());

    String confirmed = patientJson(family, "Anna", "1968-04-02").replaceFirst("\\{", "{\"duplicateConfirmed\": true,");
    assertEquals(201, Api.as(DemoUser.COORDINATOR).post("/api/v1/patients", confirmed).status());
  }

  @Test
  void historyShowsWhoChangedWhat() {
    JsonObject created = register(DemoUser.SURGEON, unique("History"));
    long id = created.getJsonNumber("id").longValue();
    String changed = created.toString().replace("\"+41 44 000 00 00\"", "\"+41 44 333 33 33\"");
    assertEquals(200, Api.as(DemoUser.COORDINATOR).put("/api/v1/patients/" + id, changed).status());

    Response history = Api.as(DemoUser.PHYSIOTHERAPIST).get("/api/v1/patients/" + id + "/history");
    assertEquals(200, history.status(), history.body());
    String body = history.body();
    assertTrue(body.contains("coordinator") && body.contains("surgeon"), body);
    assertTrue(body.contains("+41 44 333 33 33"), body);
  }

  @Test
  void openApiDocumentDescribesThePatientApi() {
    Response openapi = Api.anonymous().get("/openapi?format=JSON");
    assertEquals(200, openapi.status());
    assertNotNull(openapi.json().getJsonObject("paths").get("/api/v1/patients"), openapi.body());
  }
}
