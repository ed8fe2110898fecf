package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.audit.RecordRevision;
import org.spinecase.domain.model.audit.RecordRevision.Kind;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.MedicalRecordNumber;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PatientDetails;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.patient.RiskFactors;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgeryDetails;
import org.spinecase.domain.model.patient.SurgicalApproach;

class PatientHistoryTest {

  private static final LocalDate BORN = LocalDate.of(1961, 4, 23);
  private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-17T09:00:00Z");
  private static final Instant WEDNESDAY = Instant.parse("2026-11-18T09:00:00Z");

  /** Each saved state is its own object, as Envers returns them. */
  private static Patient state(String phone, SmokingStatus smoking, BigDecimal bmi) {
    return Patient.register(
        MedicalRecordNumber.issue("SC", 1),
        new PatientDetails(
            "Müller",
            "Anna",
            BORN,
            Sex.FEMALE,
            phone,
            null,
            null,
            "en",
            new RiskFactors(smoking, DiabetesStatus.NONE, bmi, null, null, null)));
  }

  private static PriorSpineSurgery surgery(String levels, String enteredInErrorReason) {
    PriorSpineSurgery surgery =
        state(null, null, null)
            .recordPriorSurgery(
                new SurgeryDetails(
                    LocalDate.of(2019, 3, 12),
                    SpineProcedure.MICRODISCECTOMY,
                    levels,
                    SurgicalApproach.POSTERIOR_MIS,
                    null,
                    null));
    if (enteredInErrorReason != null) {
      surgery.markEnteredInError(enteredInErrorReason);
    }
    return withId(surgery, 7L);
  }

  private static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> RecordRevision<T> revision(
      long number, Instant at, String user, Kind kind, T state) {
    return new RecordRevision<>(number, at, user, kind, state);
  }

  @Test
  void creationListsWhatWasRecordedAndChangesOnlyWhatChanged() {
    List<ChangeSet> history =
        PatientHistory.compile(
            List.of(
                revision(
                    1,
                    MONDAY,
                    "coordinator",
                    Kind.CREATED,
                    state(null, SmokingStatus.CURRENT, null)),
                revision(
                    2,
                    TUESDAY,
                    "surgeon",
                    Kind.CHANGED,
                    state("+44 20 7946 0000", SmokingStatus.FORMER, new BigDecimal("31.2")))),
            List.of());

    assertEquals(2, history.size());
    ChangeSet latest = history.get(0);
    assertEquals(TUESDAY, latest.at());
    assertEquals("surgeon", latest.user());
    assertEquals(ChangeSet.CHANGED, latest.kind());
    assertEquals(
        List.of(
            new FieldChange("Phone", null, "+44 20 7946 0000"),
            new FieldChange("Smoking status", "Current smoker", "Former smoker"),
            new FieldChange("BMI", null, "31.2")),
        latest.changes());

    ChangeSet creation = history.get(1);
    assertEquals(ChangeSet.CREATED, creation.kind());
    assertEquals("coordinator", creation.user());
    assertTrue(creation.changes().contains(new FieldChange("MRN", null, "SC-0000018")));
    assertTrue(creation.changes().contains(new FieldChange("Date of birth", null, "1961-04-23")));
    assertTrue(creation.changes().contains(new FieldChange("Diabetes", null, "No diabetes")));
    assertTrue(creation.changes().stream().allMatch(c -> c.before() == null && c.after() != null));
  }

  @Test
  void surgeriesReadAsAddedCorrectedAndEnteredInError() {
    Patient patient = state(null, null, null);
    List<ChangeSet> history =
        PatientHistory.compile(
            List.of(revision(1, MONDAY, "coordinator", Kind.CREATED, patient)),
            List.of(
                revision(1, MONDAY, "coordinator", Kind.CREATED, surgery("L4-L5", null)),
                revision(2, TUESDAY, "surgeon", Kind.CHANGED, surgery("L5-S1", null)),
                revision(
                    3, WEDNESDAY, "surgeon", Kind.CHANGED, surgery("L5-S1", "Other patient"))));

    assertEquals(3, history.size());
    assertEquals(
        List.of(
            new FieldChange(
                "Prior surgery L5-S1 Microdiscectomy", null, "entered in error: Other patient")),
        history.get(0).changes());
    assertEquals(
        List.of(
            new FieldChange(
                "Prior surgery L4-L5 Microdiscectomy, corrected: Levels", "L4-L5", "L5-S1")),
        history.get(1).changes());
    assertEquals(ChangeSet.CHANGED, history.get(1).kind());

    ChangeSet registration = history.get(2);
    assertEquals(ChangeSet.CREATED, registration.kind());
    assertEquals(
        new FieldChange("Prior surgery L4-L5 Microdiscectomy", null, "added"),
        registration.changes().get(registration.changes().size() - 1));
  }

  @Test
  void aSaveThatChangedNothingReadableIsLeftOut() {
    List<ChangeSet> history =
        PatientHistory.compile(
            List.of(
                revision(1, MONDAY, "coordinator", Kind.CREATED, state(null, null, null)),
                revision(2, TUESDAY, "coordinator", Kind.CHANGED, state(" ", null, null))),
            List.of());
    assertEquals(1, history.size());
    assertEquals(ChangeSet.CREATED, history.get(0).kind());
  }
}
