package org.spinecase.it.referral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertNotFound;
import static org.spinecase.it.support.Refusals.assertRoleRefused;
import static org.spinecase.it.support.Refusals.assertTransitionRefused;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.AttachmentDownload;
import org.spinecase.application.AttachmentUpload;
import org.spinecase.application.CaseSummary;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientSearch;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSort;
import org.spinecase.application.ReferralForm;
import org.spinecase.application.ReferralService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CareTeamMember;
import org.spinecase.domain.model.casefile.CaseEvent;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.casefile.EventKind;
import org.spinecase.domain.model.casefile.IllegalTransitionException.Refusal;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.referral.Urgency;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsDrMulti;
import org.spinecase.it.support.AsPainSpecialist;
import org.spinecase.it.support.AsPhysiotherapist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SampleDocuments;
import org.spinecase.it.support.SignIn;

/** Referral intake and triage inside WildFly, on the real PostgreSQL, called as each demo user. */
@ExtendWith(ArquillianExtension.class)
class ReferralServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(ReferralServiceIT.class);
  }

  @EJB ReferralService referrals;
  @EJB PatientService patients;
  @EJB CurrentUser currentUser;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPainSpecialist painSpecialist;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;
  @EJB AsAdmin admin;
  @EJB AsDrMulti drMulti;

  /** A demo user's way of calling the services. */
  @FunctionalInterface
  interface Caller {
    Object call(Callable<?> work) throws Exception;
  }

  private final Map<String, Caller> callers = new LinkedHashMap<>();

  @BeforeEach
  void signInAndName() throws Exception {
    signIn.everyone();
    callers.put("coordinator", coordinator::call);
    callers.put("surgeon", surgeon::call);
    callers.put("painspecialist", painSpecialist::call);
    callers.put("physio", physio::call);
    callers.put("psychologist", psychologist::call);
    callers.put("admin", admin::call);
    callers.put("drmulti", drMulti::call);
  }

  private Referral received(String family) throws Exception {
    return coordinator.call(() -> referrals.receive(ReferralForms.routine(unique(family))));
  }

  @Test
  void theMappingMatchesTheMigratedSchema() {
    database.validateMapping();
  }

  @Test
  void drMultiIsSurgeonAndPainSpecialist() throws Exception {
    assertEquals(List.of("surgeon", "pain-specialist"), drMulti.call(() -> currentUser.roles()));
    assertEquals("drmulti", drMulti.call(() -> currentUser.username()));
  }

  @Test
  void intakeRegistersThePatientTypesDocumentsByContentAndRaisesARedFlag() throws Exception {
    ReferralForm form = ReferralForms.redFlag(unique("Intake"), RedFlag.CAUDA_EQUINA);
    byte[] png = SampleDocuments.png();
    form.getAttachments().add(new AttachmentUpload(DocumentKind.IMAGING_REPORT, "mri-report.pdf", png));

    Referral referral = coordinator.call(() -> referrals.receive(form));

    assertEquals(ReferralStatus.RECEIVED, referral.getStatus());
    assertEquals(Urgency.RED_FLAG, referral.getUrgency());
    assertTrue(referral.isRedFlag());
    assertNotNull(referral.getPatient().getId());
    assertEquals("coordinator", referral.getCreatedBy());
    assertEquals(List.of(DocumentType.PDF, DocumentType.PNG),
        referral.getAttachments().stream().map(Attachment::getDocumentType).toList());
    assertEquals(List.of(EventKind.DOCUMENT_ATTACHED, EventKind.DOCUMENT_ATTACHED, EventKind.REFERRAL_RECEIVED),
        referral.getEvents().stream().map(CaseEvent::getKind).toList());

    long pngId = referral.getAttachments().get(1).getId();
    AttachmentDownload download = surgeon.call(() -> referrals.download(pngId));
    assertEquals(DocumentType.PNG, download.type());
    assertEquals("mri-report.pdf", download.fileName());
    assertArrayEquals(png, download.content());

    Referral read = painSpecialist.call(() -> referrals.get(referral.getId()));
    assertEquals(2, read.getAttachments().size());
    assertEquals(Set.of(RedFlag.CAUDA_EQUINA), read.getRedFlags());
    assertEquals(3, read.getEvents().size());
  }

  @Test
  void aFileThatIsNoPdfJpegOrPngIsRefusedWhateverItsNameAndNothingIsSaved() throws Exception {
    String family = unique("Impostor");
    ReferralForm form = ReferralForms.routine(family);
    form.getAttachments().add(new AttachmentUpload(DocumentKind.OUTSIDE_REPORT, "report.pdf", SampleDocuments.text()));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> referrals.receive(form)));
    assertEquals("attachments[1].content", refused.getViolations().get(0).field());
    long registered = coordinator.call(() ->
        patients.search(new PatientSearch(family, null), 0, 10, PatientSort.NAME, true).total());
    assertEquals(0, registered, "the whole intake rolled back, patient included");
  }

  /** What each demo user may do at each triage step: everyone, every step. */
  @Test
  void everyRoleAgainstEveryTriageStep() throws Throwable {
    Set<String> triagers = Set.of("surgeon", "painspecialist", "drmulti");
    Set<String> intake = Set.of("coordinator", "surgeon", "painspecialist", "drmulti");
    List<String> outcomes = new ArrayList<>();
    for (Map.Entry<String, Caller> caller : callers.entrySet()) {
      String who = caller.getKey();
      Caller as = caller.getValue();

      Referral forInformation = received("TriageRequest");
      step(outcomes, who, "request information", triagers.contains(who),
          () -> as.call(() -> referrals.requestInformation(
              forInformation.getId(), forInformation.getVersion(), "MRI after the fusion", LocalDate.now().plusDays(7))));

      Referral waiting = received("TriageWaiting");
      Referral onHold = surgeon.call(() -> referrals.requestInformation(
          waiting.getId(), waiting.getVersion(), "Operation note", LocalDate.now().plusDays(7)));
      step(outcomes, who, "information received", intake.contains(who),
          () -> as.call(() -> referrals.informationReceived(onHold.getId(), onHold.getVersion(), "Arrived by fax")));

      Referral toAccept = received("TriageAccept");
      step(outcomes, who, "accept", triagers.contains(who),
          () -> as.call(() -> referrals.accept(
              toAccept.getId(), toAccept.getVersion(), "surgeon", List.of("physio"), "Seen at triage")));

      Referral toDecline = received("TriageDecline");
      step(outcomes, who, "decline", triagers.contains(who),
          () -> as.call(() -> referrals.decline(toDecline.getId(), toDecline.getVersion(), "Not an FBSS presentation")));
    }
    assertEquals(28, outcomes.size(), String.join("\n", outcomes));
  }

  private static void step(List<String> outcomes, String who, String what, boolean allowed,
      org.junit.jupiter.api.function.Executable call) throws Throwable {
    if (allowed) {
      call.execute();
    } else {
      assertRoleRefused(call);
    }
    outcomes.add(who + " " + what + ": " + (allowed ? "allowed" : "refused"));
  }

  @Test
  void stepsTheStatusDoesNotAllowAreRefusedInTheLifecyclesWords() throws Exception {
    Referral received = received("Status");
    Referral declined = surgeon.call(() -> referrals.decline(received.getId(), received.getVersion(), "Out of area"));
    assertEquals("A referral in status Declined cannot be accepted.",
        assertTransitionRefused(Refusal.STATUS, () -> surgeon.call(() ->
            referrals.accept(declined.getId(), declined.getVersion(), "surgeon", List.of(), null))).getMessage());

    Referral fresh = received("Status");
    assertTransitionRefused(Refusal.STATUS, () -> coordinator.call(() ->
        referrals.informationReceived(fresh.getId(), fresh.getVersion(), null)));
    InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        referrals.decline(fresh.getId(), fresh.getVersion(), "  ")));
    assertEquals("reason", noReason.getViolations().get(0).field());
  }

  @Test
  void aTriageOnAnOutdatedVersionIsRefused() throws Exception {
    Referral referral = received("Stale");
    surgeon.call(() -> referrals.requestInformation(
        referral.getId(), referral.getVersion(), "Imaging", LocalDate.now().plusDays(5)));
    assertThrows(StaleRecordException.class, () -> painSpecialist.call(() ->
        referrals.decline(referral.getId(), referral.getVersion(), "Duplicate referral")));
  }

  @Test
  void acceptingOpensTheCaseAndTheNextIntakeIsToldAboutIt() throws Exception {
    Referral referral = received("Accept");
    assertEquals("leadUsername", assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "nobody", List.of(), null)))
        .getViolations().get(0).field());
    assertEquals("leadUsername", assertThrows(InvalidInputException.class, () -> surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "physio", List.of(), null)))
        .getViolations().get(0).field());

    CaseFile caseFile = surgeon.call(() ->
        referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of("physio", "psychologist"), "Seen"));
    assertEquals(CaseStatus.WORKUP, caseFile.getStatus());
    assertEquals("Elena Varga", caseFile.getLeadName());
    assertEquals(List.of("surgeon", "physio", "psychologist"),
        caseFile.getCareTeam().stream().map(CareTeamMember::getUsername).toList());
    assertEquals(EventKind.REFERRAL_ACCEPTED, caseFile.getEvents().get(0).getKind());
    assertEquals(ReferralStatus.ACCEPTED, caseFile.getReferral().getStatus());

    long patientId = referral.getPatient().getId();
    List<CaseSummary> open = coordinator.call(() -> referrals.openCasesOf(patientId));
    assertEquals(1, open.size());
    assertEquals(caseFile.getId(), open.get(0).caseId());
    assertEquals("Workup in progress", open.get(0).statusLabel());
    assertEquals(ReferralStatus.ACCEPTED, physio.call(() -> referrals.get(referral.getId())).getStatus(),
        "the care team sees the referral of its case");
  }

  @Test
  void theDeclineLetterIsAPdfForThoseWhoMaySeeTheReferral() throws Exception {
    Referral referral = received("Letter");
    assertThrows(InvalidInputException.class, () -> coordinator.call(() -> referrals.declineLetter(referral.getId())));
    String reason = "Symptoms point to the hip; please refer to orthopaedics.";
    surgeon.call(() -> referrals.decline(referral.getId(), referral.getVersion(), reason));

    for (Caller reader : List.of((Caller) surgeon::call, coordinator::call)) {
      byte[] pdf = (byte[]) reader.call(() -> referrals.declineLetter(referral.getId()));
      String text = new String(pdf, StandardCharsets.ISO_8859_1);
      assertTrue(text.startsWith("%PDF-"));
      assertTrue(text.contains("(" + reason + ") Tj"), text);
      assertTrue(text.contains("(Elena Varga) Tj"), "signed by who declined");
    }
    assertNotFound(() -> painSpecialist.call(() -> referrals.declineLetter(referral.getId())));
    assertRoleRefused(() -> physio.call(() -> referrals.declineLetter(referral.getId())));
    List<AccessLogEntry> log = database.accessLogFor("Referral", referral.getId());
    assertTrue(log.stream().anyMatch(e -> e.getAction() == AccessAction.PRINT && e.getOutcome() == AccessOutcome.ALLOWED
        && "coordinator".equals(e.getUsername())), log.toString());
  }

  @Test
  void historyNamesWhoChangedTheReferral() throws Exception {
    Referral referral = received("History");
    Referral declined = painSpecialist.call(() ->
        referrals.decline(referral.getId(), referral.getVersion(), "Already under a pain service"));
    assertEquals("painspecialist", declined.getChangedBy());
    assertEquals(List.of("coordinator", "painspecialist"), database.revisionUsers("referral_aud", referral.getId()));
  }
}
