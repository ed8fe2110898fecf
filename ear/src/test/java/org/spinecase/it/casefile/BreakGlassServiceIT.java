package org.spinecase.it.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertNotFound;
import static org.spinecase.it.support.Refusals.assertRoleRefused;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.BreakGlassPage;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CaseService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.ReferralService;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.it.support.AsAdmin;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/** Breaking the glass: access for a reason and an hour, logged with the reason, reviewed by admin. */
@ExtendWith(ArquillianExtension.class)
class BreakGlassServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(BreakGlassServiceIT.class);
  }

  @EJB BreakGlassService breakGlass;
  @EJB CaseService cases;
  @EJB ReferralService referrals;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPsychologist psychologist;
  @EJB AsAdmin admin;

  private CaseFile caseFile;

  @BeforeEach
  void aCaseThePsychologistIsNotOn() throws Exception {
    signIn.everyone();
    Referral referral = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Glass"))));
    caseFile = surgeon.call(() -> referrals.accept(referral.getId(), referral.getVersion(), "surgeon", List.of("physio"), null));
  }

  @Test
  void accessWorksWithinTheWindowIsLoggedWithTheReasonAndEndsWithIt() throws Exception {
    long caseId = caseFile.getId();
    long patientId = caseFile.getPatient().getId();
    assertNotFound(() -> psychologist.call(() -> cases.get(caseId)));
    assertTrue(psychologist.call(() -> breakGlass.hasHiddenCaseData(patientId)));
    assertFalse(coordinator.call(() -> breakGlass.hasHiddenCaseData(patientId)));

    String reason = "Patient in crisis at the front desk; care team unreachable";
    BreakGlassGrant grant = psychologist.call(() -> breakGlass.breakGlass(patientId, reason));
    assertEquals(Duration.ofMinutes(60), Duration.between(grant.getGrantedAt(), grant.getExpiresAt()));
    assertEquals(grant.getId(), psychologist.call(() -> breakGlass.activeGrant(patientId)).orElseThrow().getId());
    assertFalse(psychologist.call(() -> breakGlass.hasHiddenCaseData(patientId)));

    assertEquals(caseId, psychologist.call(() -> cases.get(caseId)).getId());
    assertEquals(1, psychologist.call(() -> cases.casesOf(patientId)).size());
    long attachmentId = caseFile.getReferral().getAttachments().get(0).getId();
    assertEquals("letter.pdf", psychologist.call(() -> referrals.download(attachmentId)).fileName());
    List<AccessLogEntry> reads = database.accessLogFor("CaseFile", caseId).stream()
        .filter(e -> "psychologist".equals(e.getUsername()) && e.getOutcome() == AccessOutcome.ALLOWED)
        .toList();
    assertEquals(1, reads.size(), reads.toString());
    assertEquals(reason, reads.get(0).getBreakGlassReason());
    assertTrue(database.accessLogFor("BreakGlassGrant", grant.getId()).stream()
        .anyMatch(e -> e.getAction() == AccessAction.BREAK_GLASS && reason.equals(e.getBreakGlassReason())));

    database.expireBreakGlassGrant(grant.getId());
    assertNotFound(() -> psychologist.call(() -> cases.get(caseId)));
    assertTrue(psychologist.call(() -> breakGlass.activeGrant(patientId)).isEmpty());
  }

  @Test
  void theAdministratorReviewsGrantsButNeverBreaksTheGlass() throws Exception {
    long patientId = caseFile.getPatient().getId();
    BreakGlassGrant grant = psychologist.call(() ->
        breakGlass.breakGlass(patientId, "Covering for the team on a weekend call"));

    BreakGlassPage unreviewed = admin.call(() -> breakGlass.grants(0, 100, true));
    assertTrue(unreviewed.rows().stream().anyMatch(g -> g.getId().equals(grant.getId())), unreviewed.rows().toString());
    BreakGlassGrant reviewed = admin.call(() -> breakGlass.markReviewed(grant.getId(), "Confirmed with the lead"));
    assertEquals("admin", reviewed.getReviewedBy());
    assertFalse(admin.call(() -> breakGlass.grants(0, 100, true)).rows().stream()
        .anyMatch(g -> g.getId().equals(grant.getId())));
    assertTrue(admin.call(() -> breakGlass.grants(0, 100, false)).total() >= 1);

    assertRoleRefused(() -> admin.call(() -> breakGlass.breakGlass(patientId, "Audit needs to see the record")));
    assertRoleRefused(() -> psychologist.call(() -> breakGlass.grants(0, 10, false)));
    assertRoleRefused(() -> admin.call(() -> cases.get(caseFile.getId())));
  }

  @Test
  void aReasonIsRequiredAndAnUnknownPatientIsNotFound() throws Exception {
    long patientId = caseFile.getPatient().getId();
    InvalidInputException tooShort =
        assertThrows(InvalidInputException.class, () -> psychologist.call(() -> breakGlass.breakGlass(patientId, "urgent")));
    assertEquals("reason", tooShort.getViolations().get(0).field());
    assertNotFound(() -> psychologist.call(() -> breakGlass.breakGlass(Long.MAX_VALUE - 1, "A reason that is long enough")));
    List<AccessLogEntry> denied = database.accessLogFor("Patient", Long.MAX_VALUE - 1);
    assertTrue(denied.stream().anyMatch(e -> e.getOutcome() == AccessOutcome.DENIED), denied.toString());
  }
}
