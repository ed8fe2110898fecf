package org.spinecase.it.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.it.support.ReferralForms.unique;
import static org.spinecase.it.support.Refusals.assertNotFound;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecase.application.CaseService;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.ReferralService;
import org.spinecase.domain.model.audit.AccessLogEntry;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.casefile.CareCommand;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.it.support.AsCoordinator;
import org.spinecase.it.support.AsPainSpecialist;
import org.spinecase.it.support.AsPsychologist;
import org.spinecase.it.support.AsSurgeon;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.Database;
import org.spinecase.it.support.ReferralForms;
import org.spinecase.it.support.SignIn;

/**
 * An outsider tries the ids of other clinicians' referrals, cases and documents, and ids that do
 * not exist: every attempt is "not found" in the same words, and every attempt is in the access log
 * as denied, so that probing is both fruitless and visible.
 */
@ExtendWith(ArquillianExtension.class)
class ProbeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ClinicDeployment.withTests(ProbeIT.class);
  }

  @EJB ReferralService referrals;
  @EJB CaseService cases;
  @EJB Database database;
  @EJB SignIn signIn;
  @EJB AsCoordinator coordinator;
  @EJB AsSurgeon surgeon;
  @EJB AsPainSpecialist painSpecialist;
  @EJB AsPsychologist psychologist;

  /** One try: what the outsider asked for, the record type it is logged under, and its id. */
  record Probe(String recordType, long id, Callable<?> call) {}

  private Referral pooled;
  private Referral accepted;
  private Referral declined;
  private CaseFile caseFile;

  @BeforeEach
  void othersRecords() throws Exception {
    signIn.everyone();
    pooled = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Probe"))));
    Referral toAccept = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Probe"))));
    caseFile = surgeon.call(() ->
        referrals.accept(toAccept.getId(), toAccept.getVersion(), "surgeon", List.of("physio"), null));
    accepted = caseFile.getReferral();
    Referral toDecline = coordinator.call(() -> referrals.receive(ReferralForms.routine(unique("Probe"))));
    declined = surgeon.call(() -> referrals.decline(toDecline.getId(), toDecline.getVersion(), "Out of area"));
  }

  /**
   * Tries on the referrals' ids, their documents and the case. Letters only for roles that may
   * print at all: for the others the role check answers before any record is looked at.
   */
  private List<Probe> probesOf(List<Referral> referralsTried, boolean withLetters) {
    List<Probe> probes = new ArrayList<>();
    for (Referral referral : referralsTried) {
      long id = referral.getId();
      probes.add(new Probe("Referral", id, () -> referrals.get(id)));
      if (withLetters) {
        probes.add(new Probe("Referral", id, () -> referrals.declineLetter(id)));
      }
      long attachmentId = referral.getAttachments().get(0).getId();
      probes.add(new Probe("Attachment", attachmentId, () -> referrals.download(attachmentId)));
    }
    long id = caseFile.getId();
    long version = caseFile.getVersion();
    probes.add(new Probe("CaseFile", id, () -> cases.get(id)));
    probes.add(new Probe("CaseFile", id, () -> cases.apply(id, version, CareCommand.MARK_READY_FOR_MDT, null)));
    probes.add(new Probe("CaseFile", id, () -> cases.addMember(id, version, "psychologist")));
    long missing = Long.MAX_VALUE - 11;
    probes.add(new Probe("Referral", missing, () -> referrals.get(missing)));
    probes.add(new Probe("Attachment", missing, () -> referrals.download(missing)));
    probes.add(new Probe("CaseFile", missing, () -> cases.get(missing)));
    return probes;
  }

  @Test
  void aClinicianOutsideEveryTeamFindsNothingAndEveryTryIsLogged() throws Exception {
    for (Probe probe : probesOf(List.of(pooled, accepted, declined), false)) {
      assertDeniedAndLogged("psychologist", probe, () -> psychologist.call(probe.call()));
    }
  }

  @Test
  void aTriagerSeesThePoolButNotOthersCasesOrDecisions() throws Exception {
    assertEquals(pooled.getId(), painSpecialist.call(() -> referrals.get(pooled.getId())).getId());
    for (Probe probe : probesOf(List.of(accepted, declined), true)) {
      assertDeniedAndLogged("painspecialist", probe, () -> painSpecialist.call(probe.call()));
    }
  }

  @Test
  void aDeniedRecordAndAMissingOneLookTheSame() throws Exception {
    RecordNotFoundException denied =
        assertNotFound(() -> psychologist.call(() -> referrals.get(accepted.getId())));
    RecordNotFoundException missing =
        assertNotFound(() -> psychologist.call(() -> referrals.get(Long.MAX_VALUE - 3)));
    assertEquals(missing.getMessage(), denied.getMessage());
    assertEquals("The referral was not found.", denied.getMessage());
    assertEquals(
        assertNotFound(() -> psychologist.call(() -> cases.get(Long.MAX_VALUE - 5))).getMessage(),
        assertNotFound(() -> psychologist.call(() -> cases.get(caseFile.getId()))).getMessage());
  }

  private void assertDeniedAndLogged(String who, Probe probe, org.junit.jupiter.api.function.Executable call) {
    int before = denials(who, probe).size();
    RecordNotFoundException refused = assertNotFound(call);
    assertEquals(probe.recordType(), refused.getRecordType());
    assertEquals(probe.id(), refused.getRecordId());
    List<AccessLogEntry> after = denials(who, probe);
    assertEquals(before + 1, after.size(), "one denial logged for " + probe.recordType() + " " + probe.id());
    AccessLogEntry entry = after.get(after.size() - 1);
    assertTrue(entry.getRoles() != null && !entry.getRoles().isBlank());
  }

  private List<AccessLogEntry> denials(String who, Probe probe) {
    return database.accessLogFor(probe.recordType(), probe.id()).stream()
        .filter(e -> e.getOutcome() == AccessOutcome.DENIED && who.equals(e.getUsername()))
        .toList();
  }
}
