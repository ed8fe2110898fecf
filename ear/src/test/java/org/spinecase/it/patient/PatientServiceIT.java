package org.spinecase.it.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.ChangeSet;
import org.spinecase.application.LikelyDuplicateException;
import org.spinecase.application.PatientForm;
import org.spinecase.application.PatientPage;
import org.spinecase.application.PatientSearch;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSort;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.SurgeryForm;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsPainSpecialist;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;

/** The patient service inside WildFly, on the real PostgreSQL, called as the clinic's roles. */
@ExtendWith(ArquillianExtension.class)
class PatientServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(PatientServiceIT.class);
  }

  @EJB PatientService patients;
  @EJB Database database;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPainSpecialist painSpecialist;
  @EJB AsPhysiotherapist physio;
  @EJB AsAdmin admin;

  static PatientForm form(String family) {
    PatientForm form = new PatientForm();
    form.setFamilyName(family);
    form.setGivenName("Élodie");
    form.setDateOfBirth(LocalDate.of(1965, 7, 14));
    form.setSex(Sex.FEMALE);
    form.setPhone("+41 44 000 00 00");
    SurgeryForm surgery = new SurgeryForm();
    surgery.setSurgeryDate(LocalDate.of(2019, 5, 2));
    surgery.setProcedure(SpineProcedure.MICRODISCECTOMY);
    surgery.setLevels("L5-S1");
    form.getSurgeries().add(surgery);
    return form;
  }

  static String unique(String family) {
    return family + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void registrationGetsAClinicMrnAndRecordsWhoAndWhen() throws Exception {
    Patient patient = coordinator.call(() -> patients.register(form(unique("Keller"))));
    assertTrue(patient.getMrn().matches("SC-\\d{7}"), patient.getMrn());
    assertEquals("coordinator", patient.getCreatedBy());
    assertEquals(1, patient.getSurgeries().size());

    Patient other = surgeon.call(() -> patients.register(form(unique("Keller"))));
    assertNotEquals(patient.getMrn(), other.getMrn());
  }

  @Test
  void searchIgnoresCaseAndAccentsAndFindsByMrnAndBirthDate() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Patient müller = coordinator.call(() -> patients.register(form("Müller-Åström" + suffix)));

    for (String text : List.of("muller-astrom" + suffix, "MÜLLER-ÅSTRÖM" + suffix, "astrom" + suffix, müller.getMrn())) {
      PatientPage page = physio.call(() -> patients.search(new PatientSearch(text, null), 0, 25, PatientSort.NAME, true));
      assertEquals(1, page.total(), text);
      assertEquals(müller.getId(), page.rows().get(0).id());
    }
    PatientPage byBirth = physio.call(() -> patients.search(
        new PatientSearch("astrom" + suffix, LocalDate.of(1965, 7, 14)), 0, 25, PatientSort.NAME, true));
    assertEquals(1, byBirth.total());
    PatientPage wrongBirth = physio.call(() -> patients.search(
        new PatientSearch("astrom" + suffix, LocalDate.of(1966, 7, 14)), 0, 25, PatientSort.NAME, true));
    assertEquals(0, wrongBirth.total());
  }

  @Test
  void aStaleEditIsRefusedAndTheOtherUsersChangeSurvives() throws Exception {
    Patient patient = coordinator.call(() -> patients.register(form(unique("Stale"))));
    long version = patient.getVersion();

    PatientForm first = PatientForm.from(patient);
    first.setPhone("+41 44 111 11 11");
    surgeon.call(() -> patients.update(patient.getId(), version, first));

    PatientForm second = PatientForm.from(patient);
    second.setPhone("+41 44 222 22 22");
    assertThrows(StaleRecordException.class,
        () -> painSpecialist.call(() -> patients.update(patient.getId(), version, second)));

    Patient now = surgeon.call(() -> patients.get(patient.getId()));
    assertEquals("+41 44 111 11 11", now.getPhone());
    assertEquals("surgeon", now.getChangedBy());
  }

  @Test
  void aLikelyDuplicateIsFlaggedBeforeSavingUnlessConfirmed() throws Exception {
    String family = unique("Twin");
    coordinator.call(() -> patients.register(form(family)));

    LikelyDuplicateException flagged =
        assertThrows(LikelyDuplicateException.class, () -> surgeon.call(() -> patients.register(form(family))));
    assertEquals(1, flagged.getCandidates().size());

    PatientForm confirmed = form(family);
    confirmed.setDuplicateConfirmed(true);
    assertEquals(family, surgeon.call(() -> patients.register(confirmed)).getFamilyName());
  }

  @Test
  void rolesOutsideTheRegistryAreRefused() throws Exception {
    Patient patient = coordinator.call(() -> patients.register(form(unique("Roles"))));

    assertRefused(() -> physio.call(() -> patients.register(form(unique("Physio")))));
    assertRefused(() -> admin.call(() -> patients.get(patient.getId())));
    assertRefused(() -> admin.call(() -> patients.search(new PatientSearch("roles", null), 0, 25, PatientSort.NAME, true)));
    assertRefused(() -> patients.get(patient.getId()));
    assertEquals(patient.getId(), physio.call(() -> patients.get(patient.getId())).getId());
  }

  @Test
  void anUnknownPatientIsNotFound() {
    assertThrows(RecordNotFoundException.class, () -> surgeon.call(() -> patients.get(Long.MAX_VALUE - 7)));
  }

  @Test
  void historyShowsWhoChangedWhatAndWhen() throws Exception {
    Patient patient = coordinator.call(() -> patients.register(form(unique("History"))));
    PatientForm change = PatientForm.from(patient);
    change.setPhone("+41 44 333 33 33");
    surgeon.call(() -> patients.update(patient.getId(), patient.getVersion(), change));

    List<ChangeSet> history = physio.call(() -> patients.history(patient.getId()));
    assertEquals("surgeon", history.get(0).user(), history.toString());
    assertTrue(history.get(0).changes().stream()
        .anyMatch(c -> "+41 44 000 00 00".equals(c.before()) && "+41 44 333 33 33".equals(c.after())), history.toString());
    assertEquals("coordinator", history.get(history.size() - 1).user());
  }

  @Test
  void readsAreLoggedWithoutClinicalValues() throws Exception {
    Patient patient = coordinator.call(() -> patients.register(form(unique("Logged"))));
    physio.call(() -> patients.get(patient.getId()));

    List<AccessLogEntry> log = database.accessLogForPatient(patient.getId());
    assertTrue(log.stream().anyMatch(e -> "physio".equals(e.getUsername()) && "READ".equals(e.getAction().name())),
        log.toString());
    assertFalse(log.toString().contains(patient.getFamilyName()));
  }

  @Test
  void theSearchPageCostsTheSameStatementsWithTenOrHundredsOfPatients() throws Exception {
    String prefix = unique("Paged");
    for (int i = 0; i < 10; i++) {
      String family = prefix + (char) ('a' + i);
      coordinator.call(() -> patients.register(form(family)));
    }
    long withTen = database.statementsDuring(() -> physio.call(() ->
        patients.search(new PatientSearch(prefix, null), 0, 25, PatientSort.NAME, true)));
    for (int i = 0; i < 60; i++) {
      String family = prefix + "z" + i;
      coordinator.call(() -> patients.register(form(family)));
    }
    long withSeventy = database.statementsDuring(() -> physio.call(() ->
        patients.search(new PatientSearch(prefix, null), 0, 25, PatientSort.NAME, true)));
    assertEquals(withTen, withSeventy);
    assertTrue(withTen <= 3, "rows + count (+ the access log insert), was " + withTen);
  }

  @Test
  void theMappingMatchesTheMigratedSchema() {
    database.validateMapping();
  }

  private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof EJBAccessException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof EJBAccessException, "expected a refusal, got " + thrown);
  }
}
