package org.spinecase.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.spinecase.domain.model.audit.RecordRevision;
import org.spinecase.domain.model.audit.RecordRevision.Kind;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgicalApproach;

/**
 * Turns the saved states of a patient and of their prior surgeries into what a clinician reads as
 * the record's history: per save, who, when, and each field's before and after.
 *
 * <p>Works on plain revisions rather than on Envers so that the comparison rules can be tested
 * without a database. Revisions share one number per transaction, so a registration with two
 * surgeries reads as one change set.
 */
final class PatientHistory {

  private record Field<T>(String label, Function<T, String> value) {}

  private static final List<Field<Patient>> PATIENT_FIELDS =
      List.of(
          new Field<>("MRN", Patient::getMrn),
          new Field<>("Family name", Patient::getFamilyName),
          new Field<>("Given name", Patient::getGivenName),
          new Field<>("Date of birth", p -> date(p.getDateOfBirth())),
          new Field<>("Sex", p -> label(p.getSex(), Sex::label)),
          new Field<>("Phone", Patient::getPhone),
          new Field<>("Email", Patient::getEmail),
          new Field<>("Address", Patient::getAddress),
          new Field<>("Preferred language", Patient::getPreferredLanguage),
          new Field<>(
              "Smoking status",
              p -> label(p.getRiskFactors().getSmokingStatus(), SmokingStatus::label)),
          new Field<>(
              "Diabetes", p -> label(p.getRiskFactors().getDiabetes(), DiabetesStatus::label)),
          new Field<>("BMI", p -> number(p.getRiskFactors().getBmi())),
          new Field<>("Osteoporosis", p -> yesNo(p.getRiskFactors().getOsteoporosis())),
          new Field<>("Autoimmune disease", p -> yesNo(p.getRiskFactors().getAutoimmuneDisease())),
          new Field<>("Vascular disease", p -> yesNo(p.getRiskFactors().getVascularDisease())));

  private static final List<Field<PriorSpineSurgery>> SURGERY_FIELDS =
      List.of(
          new Field<>("Surgery date", s -> date(s.getSurgeryDate())),
          new Field<>("Procedure", s -> label(s.getProcedure(), SpineProcedure::label)),
          new Field<>("Levels", PriorSpineSurgery::getLevels),
          new Field<>("Approach", s -> label(s.getApproach(), SurgicalApproach::label)),
          new Field<>("Hospital or surgeon", PriorSpineSurgery::getHospitalOrSurgeon),
          new Field<>("Implants", PriorSpineSurgery::getImplants));

  private PatientHistory() {}

  /** Change sets newest first; both lists must be in ascending revision order. */
  static List<ChangeSet> compile(
      List<RecordRevision<Patient>> patientRevisions,
      List<RecordRevision<PriorSpineSurgery>> surgeryRevisions) {
    Map<Long, Draft> drafts = new TreeMap<>(Comparator.reverseOrder());
    Patient previous = null;
    for (RecordRevision<Patient> revision : patientRevisions) {
      draft(drafts, revision).changes.addAll(compare(PATIENT_FIELDS, previous, revision.state()));
      previous = revision.state();
    }
    Map<Long, PriorSpineSurgery> previousSurgeries = new HashMap<>();
    for (RecordRevision<PriorSpineSurgery> revision : surgeryRevisions) {
      PriorSpineSurgery surgery = revision.state();
      PriorSpineSurgery before = previousSurgeries.put(surgery.getId(), surgery);
      draft(drafts, revision).changes.addAll(surgeryChanges(revision.kind(), before, surgery));
    }
    return drafts.values().stream()
        .filter(d -> d.created || !d.changes.isEmpty())
        .map(Draft::toChangeSet)
        .toList();
  }

  private static Draft draft(Map<Long, Draft> drafts, RecordRevision<?> revision) {
    Draft draft = drafts.computeIfAbsent(revision.number(), n -> new Draft(revision));
    if (revision.kind() == Kind.CREATED && revision.state() instanceof Patient) {
      draft.created = true;
    }
    return draft;
  }

  private static List<FieldChange> surgeryChanges(
      Kind kind, PriorSpineSurgery before, PriorSpineSurgery after) {
    if (kind == Kind.CREATED || before == null) {
      return List.of(new FieldChange(name(after), null, "added"));
    }
    if (kind == Kind.REMOVED) {
      return List.of(new FieldChange(name(before), null, "removed"));
    }
    if (!before.isEnteredInError() && after.isEnteredInError()) {
      return List.of(
          new FieldChange(
              name(before), null, "entered in error: " + after.getEnteredInErrorReason()));
    }
    return compare(SURGERY_FIELDS, before, after).stream()
        .map(
            c -> new FieldChange(name(before) + ", corrected: " + c.field(), c.before(), c.after()))
        .toList();
  }

  private static String name(PriorSpineSurgery surgery) {
    return "Prior surgery " + surgery.describe();
  }

  /** Fields whose readable value differs; every recorded field when there is no earlier state. */
  private static <T> List<FieldChange> compare(List<Field<T>> fields, T before, T after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field<T> field : fields) {
      String old = before == null ? null : field.value().apply(before);
      String now = field.value().apply(after);
      if (!Objects.equals(old, now)) {
        changes.add(new FieldChange(field.label(), old, now));
      }
    }
    return changes;
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static <E> String label(E value, Function<E, String> label) {
    return value == null ? null : label.apply(value);
  }

  private static String number(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "Yes" : "No";
  }

  private static final class Draft {
    private final Instant at;
    private final String user;
    private final List<FieldChange> changes = new ArrayList<>();
    private boolean created;

    private Draft(RecordRevision<?> revision) {
      this.at = revision.at();
      this.user = revision.username();
    }

    private ChangeSet toChangeSet() {
      return new ChangeSet(at, user, created ? ChangeSet.CREATED : ChangeSet.CHANGED, changes);
    }
  }
}
