package org.spinecase.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies of the referral API as another system writes them, built with the JSON API so
 * that base64 content and names need no escaping by hand.
 */
public final class ReferralJson {

  private final JsonObjectBuilder body = Json.createObjectBuilder();
  private final JsonArrayBuilder attachments = Json.createArrayBuilder();
  private final JsonArrayBuilder redFlags = Json.createArrayBuilder();

  private ReferralJson() {
    body.add("referrer", Json.createObjectBuilder()
            .add("name", "Dr. Test Referrer (synthetic)")
            .add("organisation", "Synthetic Hospital 1")
            .add("contact", "referrals@hospital-1.example.invalid"))
        .add("receivedOn", LocalDate.now().toString())
        .add("channel", "ELECTRONIC")
        .add("question", "SECOND_OPINION_FURTHER_SURGERY")
        .add("questionDetail", "Persistent leg pain after L5-S1 fusion; is further surgery indicated?")
        .add("urgency", "ROUTINE")
        .add("backPain", 6)
        .add("legPain", 8)
        .add("painDurationMonths", 18);
  }

  /** A referral that registers its patient, a fictional one with a unique family name. */
  public static ReferralJson forNewPatient(String familyName) {
    ReferralJson json = new ReferralJson();
    json.body.add("patient", Json.createObjectBuilder()
        .add("familyName", familyName)
        .add("givenName", "Ada")
        .add("dateOfBirth", "1971-09-23")
        .add("sex", "FEMALE")
        .add("email", "ada@example.invalid")
        .add("smokingStatus", "FORMER")
        .add("surgeries", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("surgeryDate", "2020-02-11")
            .add("procedure", "TLIF")
            .add("levels", "L5-S1")
            .add("approach", "POSTERIOR_OPEN")
            .add("hospitalOrSurgeon", "Synthetic Hospital 1"))));
    return json;
  }

  public static ReferralJson forPatient(long patientId) {
    ReferralJson json = new ReferralJson();
    json.body.add("patientId", patientId);
    return json;
  }

  public static String uniqueName(String stem) {
    return stem + UUID.randomUUID().toString().substring(0, 8);
  }

  public ReferralJson attach(String kind, String fileName, byte[] content) {
    return attachBase64(kind, fileName, Base64.getEncoder().encodeToString(content));
  }

  public ReferralJson attachBase64(String kind, String fileName, String base64) {
    attachments.add(Json.createObjectBuilder().add("kind", kind).add("fileName", fileName).add("contentBase64", base64));
    return this;
  }

  public ReferralJson redFlag(String... flags) {
    List.of(flags).forEach(redFlags::add);
    body.add("urgency", "RED_FLAG");
    return this;
  }

  public ReferralJson set(String field, String value) {
    body.add(field, value);
    return this;
  }

  public ReferralJson question(String question) {
    return set("question", question);
  }

  public String json() {
    JsonObject object = body.add("attachments", attachments).add("redFlags", redFlags).build();
    return object.toString();
  }

  /** The body of POST /referrals/{id}/triage. */
  public static String triage(String decision, long version, JsonObjectBuilder details) {
    return details.add("decision", decision).add("version", version).build().toString();
  }

  public static String accept(long version, String lead, String... team) {
    JsonArrayBuilder members = Json.createArrayBuilder();
    List.of(team).forEach(members::add);
    return triage("ACCEPT", version, Json.createObjectBuilder()
        .add("leadUsername", lead).add("team", members).add("reason", "Accepted for a second opinion."));
  }

  public static String command(String command, long version, String reason) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("command", command).add("version", version);
    if (reason != null) {
      body.add("reason", reason);
    }
    return body.build().toString();
  }
}
