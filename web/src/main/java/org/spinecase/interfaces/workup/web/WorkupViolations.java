package org.spinecase.interfaces.workup.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinecase.application.FieldViolation;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.interfaces.shared.web.FieldMessages;

/**
 * Shows a refused workup section next to the field it names, with {@link FieldMessages} like the
 * patient and referral forms. The domain names its fields ("levels", "volumeMl", "timesPerDay");
 * the section forms say which row of a list a refusal concerns ("causes[1].levels",
 * "medications[0].amount", see {@link #inRow}); the includes name their inputs inside the form of
 * the section ("causes:rows:1:levels", "history:med:0:amount"). A refusal of the section as a
 * whole, or of a field the form does not show, goes to the summary at the top.
 */
final class WorkupViolations {

  private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)$");

  /** Per form: the domain's field name to the input's id (rows: "list.field" to "repeat:field"). */
  private static final Map<String, Map<String, String>> FIELDS = Map.of(
      "history", Map.ofEntries(
          Map.entry("backPercent", "backPercent"),
          Map.entry("expectations", "expectations"),
          Map.entry("treatments", "tr"),
          Map.entry("treatments.treatmentType", "type"),
          Map.entry("treatments.treatmentResponse", "response"),
          Map.entry("medications", "med"),
          Map.entry("medications.medicationName", "name"),
          Map.entry("medications.medicationClass", "cls"),
          Map.entry("medications.opioid", "opioid"),
          Map.entry("medications.amount", "amount"),
          Map.entry("medications.opioidDose", "amount"),
          Map.entry("medications.timesPerDay", "times")),
      "redFlags", Map.of("urgentPlan", "urgentPlan"),
      "causes", Map.ofEntries(
          Map.entry("causes", "rows"),
          Map.entry("causes.cause", "cause"),
          Map.entry("causes.levels", "levels"),
          Map.entry("causes.side", "side"),
          Map.entry("causes.certainty", "certainty"),
          Map.entry("causes.timing", "timing"),
          Map.entry("causes.basis", "basis"),
          Map.entry("causes.evidence", "evidence"),
          Map.entry("icd10", "icd10"),
          Map.entry("supplementary", "supplementary"),
          Map.entry("icd11Stem", "icd11Stem"),
          Map.entry("icd11Extensions", "icd11Extensions"),
          Map.entry("mechanisms", "mechanisms")),
      "function", Map.of(
          "walkingToleranceMinutes", "walking",
          "sittingToleranceMinutes", "sitting",
          "assessment", "assessment"),
      "psychology", Map.of("assessment", "assessment"),
      "psychosocial", Map.of("expectations", "expectations"),
      "block", Map.ofEntries(
          Map.entry("performedOn", "performedOn"),
          Map.entry("blockType", "type"),
          Map.entry("levels", "levels"),
          Map.entry("side", "side"),
          Map.entry("guidance", "guidance"),
          Map.entry("agent", "agent"),
          Map.entry("volumeMl", "volume"),
          Map.entry("sedation", "sedation"),
          Map.entry("preNrs", "preNrs"),
          Map.entry("reliefDurationHours", "duration")),
      "result", Map.ofEntries(
          Map.entry("resultedOn", "resultedOn"),
          Map.entry("enhancementPattern", "pattern"),
          Map.entry("compression", "compression"),
          Map.entry("fusionStatus", "fusion"),
          Map.entry("translationMm", "translation"),
          Map.entry("angulationDegrees", "angulation"),
          Map.entry("pelvicIncidence", "pi"),
          Map.entry("lumbarLordosis", "ll"),
          Map.entry("svaMm", "sva"),
          Map.entry("esr", "esr"),
          Map.entry("crp", "crp")),
      "order", Map.of("studyType", "orderType", "levels", "orderLevels", "orderedOn", "orderedOn"),
      "addendum", Map.of("text", "addendumText"));

  private WorkupViolations() {}

  /** Shows the violations on the form and marks the request as failed (the input stays). */
  static void show(String formId, List<FieldViolation> violations) {
    FieldMessages.show(formId, violations, field -> componentFor(formId, field));
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void show(String formId, ClinicalRuleViolation violation) {
    show(formId, List.of(new FieldViolation(violation.getField(), violation.getMessage())));
  }

  /** The input's id inside the form for a violation's field, or {@code null} for the summary. */
  static String componentFor(String formId, String field) {
    Map<String, String> fields = FIELDS.getOrDefault(formId, Map.of());
    Matcher row = ROW.matcher(field);
    if (row.matches()) {
      String repeat = fields.get(row.group(1));
      String input = fields.get(row.group(1) + "." + row.group(3));
      return repeat == null || input == null ? null : repeat + ":" + row.group(2) + ":" + input;
    }
    return fields.get(field);
  }

  /** Builds one row of a list, naming the row in what the domain refuses ("causes[1].levels"). */
  static <T> T inRow(String list, int index, Supplier<T> build) {
    try {
      return build.get();
    } catch (ClinicalRuleViolation e) {
      String field = e.getField() == null ? null : list + "[" + index + "]." + e.getField();
      throw new ClinicalRuleViolation(field, e.getMessage());
    }
  }
}
