package org.spinecase.system.synthetic;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.copy.CopyManager;

/**
 * The tables of migrations V1 to V3 the generator fills, with their columns in the order rows are
 * given, flushed in foreign-key order. Envers' audit tables get one "added" row (revtype 0) per
 * record in the generator's one revision, so that the history pages show where the data came from.
 */
public final class SyntheticTables {

  /** Columns every clinical record has (ClinicalRecord). */
  private static final List<String> RECORD = List.of("version", "created_at", "created_by", "changed_at", "changed_by");

  public final CopyTable patient = table("patient", true, "mrn", "family_name", "given_name", "search_name",
      "date_of_birth", "sex", "phone", "email", "address", "preferred_language", "smoking_status", "diabetes", "bmi",
      "osteoporosis", "autoimmune_disease", "vascular_disease");
  public final CopyTable surgery = table("prior_spine_surgery", true, "patient_id", "surgery_date",
      "spine_procedure", "levels", "approach", "hospital_or_surgeon", "implants", "entered_in_error",
      "entered_in_error_reason");
  public final CopyTable referral = table("referral", true, "patient_id", "referrer_name", "referrer_organisation",
      "referrer_contact", "received_on", "channel", "question", "question_detail", "urgency", "red_flag",
      "back_pain", "leg_pain", "pain_duration_months", "index_surgery_id", "status", "status_since", "due_on",
      "information_requested", "information_due_on", "decline_reason", "triaged_at", "triaged_by");
  public final CopyTable redFlag = new CopyTable("referral_red_flag", List.of("referral_id", "flag"));
  public final CopyTable attachment = new CopyTable("attachment", List.of("id", "referral_id", "kind", "file_name",
      "document_type", "size_bytes", "sha256", "uploaded_at", "uploaded_by"));
  public final CopyTable attachmentContent = new CopyTable("attachment_content", List.of("attachment_id", "content"));
  public final CopyTable caseFile = table("case_file", true, "patient_id", "referral_id", "status", "status_since",
      "lead_username", "lead_name", "red_flag", "opened_at", "closed_at", "close_reason");
  public final CopyTable member = table("care_team_member", true, "case_file_id", "username", "display_name",
      "discipline", "lead", "added_at", "added_by", "removed_at", "removed_by", "removal_reason");
  public final CopyTable event = new CopyTable("case_event", List.of("referral_id", "occurred_at", "actor", "kind",
      "from_status", "to_status", "note"));

  public final CopyTable measureSet = table("measure_set", true, "case_file_id", "patient_id", "time_point",
      "due_on", "overdue_on", "outstanding", "status");
  public final CopyTable response = table("instrument_response", true, "case_file_id", "patient_id",
      "instrument_code", "instrument_version", "language", "recall_period", "time_point", "administered_on", "mode",
      "status", "total", "band", "flags", "not_scorable_reason", "loinc_panel", "loinc_total", "entered_by",
      "entered_at", "completed_at", "error_reason", "alert_raised", "measure_set_id");
  public final CopyTable answer = new CopyTable("instrument_answer", List.of("response_id", "item_number", "value"));
  public final CopyTable score = new CopyTable("instrument_score", List.of("response_id", "name", "value", "loinc"));
  public final CopyTable alert = table("safety_alert", true, "case_file_id", "response_id", "raised_at",
      "acknowledged_by", "acknowledged_at", "note");

  public final CopyTable patientAud = audit("patient_aud", "mrn", "family_name", "given_name", "date_of_birth", "sex",
      "phone", "email", "address", "preferred_language", "smoking_status", "diabetes", "bmi", "osteoporosis",
      "autoimmune_disease", "vascular_disease");
  public final CopyTable surgeryAud = audit("prior_spine_surgery_aud", "patient_id", "surgery_date", "spine_procedure",
      "levels", "approach", "hospital_or_surgeon", "implants", "entered_in_error", "entered_in_error_reason");
  public final CopyTable referralAud = audit("referral_aud", "patient_id", "referrer_name", "referrer_organisation",
      "referrer_contact", "received_on", "channel", "question", "question_detail", "urgency", "back_pain", "leg_pain",
      "pain_duration_months", "index_surgery_id", "status", "information_requested", "information_due_on",
      "decline_reason", "triaged_at", "triaged_by");
  public final CopyTable redFlagAud = new CopyTable("referral_red_flag_aud",
      List.of("rev", "revtype", "referral_id", "flag"));
  public final CopyTable caseFileAud = audit("case_file_aud", "patient_id", "referral_id", "status", "lead_username",
      "lead_name", "red_flag", "opened_at", "closed_at", "close_reason");
  public final CopyTable memberAud = audit("care_team_member_aud", "case_file_id", "username", "display_name",
      "discipline", "lead", "added_at", "added_by", "removed_at", "removed_by", "removal_reason");

  public final CopyTable measureSetAud = audit("measure_set_aud", "case_file_id", "patient_id", "time_point",
      "due_on", "overdue_on", "outstanding", "status");
  /** The link to the measure set and the scores are not audited (see V3). */
  public final CopyTable responseAud = audit("instrument_response_aud", "case_file_id", "patient_id",
      "instrument_code", "instrument_version", "language", "recall_period", "time_point", "administered_on", "mode",
      "status", "total", "band", "flags", "not_scorable_reason", "loinc_panel", "loinc_total", "entered_by",
      "entered_at", "completed_at", "error_reason", "alert_raised");
  public final CopyTable answerAud = new CopyTable("instrument_answer_aud",
      List.of("rev", "revtype", "response_id", "item_number", "value", "setordinal"));
  public final CopyTable alertAud = audit("safety_alert_aud", "case_file_id", "response_id", "raised_at",
      "acknowledged_by", "acknowledged_at", "note");

  /** Parents before children, records before their history. */
  private final List<CopyTable> order = List.of(patient, surgery, referral, redFlag, attachment, attachmentContent,
      caseFile, member, event, measureSet, response, answer, score, alert, patientAud, surgeryAud, referralAud,
      redFlagAud, caseFileAud, memberAud, measureSetAud, responseAud, answerAud, alertAud);

  private static CopyTable table(String name, boolean clinicalRecord, String... columns) {
    List<String> all = new java.util.ArrayList<>();
    all.add("id");
    if (clinicalRecord) {
      all.addAll(RECORD);
    }
    all.addAll(List.of(columns));
    return new CopyTable(name, all);
  }

  private static CopyTable audit(String name, String... columns) {
    List<String> all = new java.util.ArrayList<>(List.of("id", "rev", "revtype"));
    all.addAll(List.of(columns));
    return new CopyTable(name, all);
  }

  /** Every table's collected rows, parents first. */
  public List<CopyTable.Chunk> drain() {
    return order.stream().map(CopyTable::drain).toList();
  }

  public static void copy(CopyManager copy, List<CopyTable.Chunk> chunks) throws SQLException, IOException {
    for (CopyTable.Chunk chunk : chunks) {
      CopyTable.copy(copy, chunk);
    }
  }

  /** Rows handed over so far per table. */
  public Map<String, Long> written() {
    Map<String, Long> counts = new LinkedHashMap<>();
    order.forEach(table -> counts.put(table.table(), table.written()));
    return counts;
  }

  public List<String> tableNames() {
    return order.stream().map(CopyTable::table).toList();
  }
}
