package org.spinecase.infrastructure.json;

import jakarta.json.JsonObjectBuilder;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.WorkupSection;

/**
 * The one entry to the workup's JSON: section contents, study findings and diagnostic blocks to
 * and from the text of their jsonb columns. The section (or study type) is kept in the row beside
 * the JSON, so the text carries no type tag.
 */
public final class WorkupJson {

  private WorkupJson() {}

  public static String section(SectionContent content) {
    JsonObjectBuilder json;
    if (content instanceof History history) {
      json = HistoryJson.write(history);
    } else if (content instanceof RedFlagChecklist checklist) {
      json = SectionJson.redFlags(checklist);
    } else if (content instanceof Examination exam) {
      json = ExaminationJson.write(exam);
    } else if (content instanceof PsychosocialScreening screening) {
      json = SectionJson.psychosocial(screening);
    } else if (content instanceof CausesAndDiagnosis causes) {
      json = SectionJson.causes(causes);
    } else if (content instanceof FunctionAndMovement function) {
      json = SectionJson.functionAndMovement(function);
    } else if (content instanceof PsychologicalEvaluation evaluation) {
      json = SectionJson.psychological(evaluation);
    } else {
      throw new IllegalArgumentException("No JSON for " + content.getClass().getName());
    }
    return json.build().toString();
  }

  public static SectionContent section(WorkupSection section, String text) {
    var json = Json.parse(text);
    return switch (section) {
      case HISTORY -> HistoryJson.read(json);
      case RED_FLAGS -> SectionJson.redFlags(json);
      case EXAMINATION -> ExaminationJson.read(json);
      case PSYCHOSOCIAL -> SectionJson.psychosocial(json);
      case CAUSES -> SectionJson.causes(json);
      case FUNCTION_AND_MOVEMENT -> SectionJson.functionAndMovement(json);
      case PSYCHOLOGICAL_EVALUATION -> SectionJson.psychological(json);
      case STUDIES, INJECTIONS ->
          throw new IllegalArgumentException(section + " is kept study by study, block by block");
    };
  }

  public static String findings(StudyFindings findings) {
    return FindingsJson.write(findings).build().toString();
  }

  public static StudyFindings findings(StudyType type, String text) {
    return FindingsJson.read(type.findingsType(), Json.parse(text));
  }

  public static String block(DiagnosticBlock block) {
    return BlockJson.write(block).build().toString();
  }

  public static DiagnosticBlock block(long number, String text) {
    return BlockJson.read(number, Json.parse(text));
  }
}
