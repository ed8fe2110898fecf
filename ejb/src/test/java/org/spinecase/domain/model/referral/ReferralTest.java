package org.spinecase.domain.model.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.casefile.CaseEvent;
import org.spinecase.domain.model.casefile.Episodes;
import org.spinecase.domain.model.casefile.EventKind;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgeryDetails;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class ReferralTest {

  private static final Set<String> SURGEON = Set.of(Episodes.SURGEON);
  private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void arrivesWaitingForTriageFromTheDayItWasReceived() {
    Referral referral = Episodes.referral();
    assertEquals(ReferralStatus.RECEIVED, referral.getStatus());
    assertEquals(referral.getReceivedOn(), referral.getStatusSince());
    assertEquals(referral.getReceivedOn().plusDays(TriageTarget.DEFAULT_DAYS), referral.getDueOn());
    CaseEvent received = referral.getEvents().get(0);
    assertEquals(EventKind.REFERRAL_RECEIVED, received.getKind());
    assertEquals(ReferralStatus.RECEIVED, received.getToStatus());
    assertEquals("coordinator", received.getBy());
  }

  @Test
  void aTickedRedFlagMakesARedFlagReferral() {
    Referral referral =
        Referral.receive(
            Episodes.patient(),
            Episodes.details(Urgency.ROUTINE, EnumSet.of(RedFlag.CSF_LEAK)),
            "coordinator");
    assertEquals(Urgency.RED_FLAG, referral.getUrgency());
    assertTrue(referral.isRedFlag());
    assertEquals(Set.of(RedFlag.CSF_LEAK), referral.getRedFlags());

    ClinicalRuleViolation noFlag =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                Referral.receive(
                    Episodes.patient(),
                    Episodes.details(Urgency.RED_FLAG, Set.of()),
                    "coordinator"));
    assertEquals("redFlags", noFlag.getField());
  }

  @Test
  void refusesImpossibleIntake() {
    Patient patient = Episodes.patient();
    ReferralDetails future =
        new ReferralDetails(
            new Referrer("Dr A", null, null),
            LocalDate.now().plusDays(1),
            ReferralChannel.FAX,
            ReferralQuestion.OTHER,
            null,
            Urgency.URGENT,
            null,
            null,
            null,
            null,
            null);
    assertEquals(
        "receivedOn",
        assertThrows(ClinicalRuleViolation.class, () -> Referral.receive(patient, future, "x"))
            .getField());

    ReferralDetails pain =
        new ReferralDetails(
            new Referrer("Dr A", null, null),
            LocalDate.now(),
            ReferralChannel.FAX,
            ReferralQuestion.OTHER,
            null,
            Urgency.URGENT,
            null,
            11,
            null,
            null,
            null);
    assertEquals(
        "backPain",
        assertThrows(ClinicalRuleViolation.class, () -> Referral.receive(patient, pain, "x"))
            .getField());

    assertEquals(
        "referrerName",
        assertThrows(ClinicalRuleViolation.class, () -> new Referrer("  ", "Org", null))
            .getField());
  }

  @Test
  void theIndexSurgeryMustBeThePatientsOwn() {
    Patient other = Episodes.patient();
    PriorSpineSurgery theirs =
        other.recordPriorSurgery(
            new SurgeryDetails(
                LocalDate.of(2020, 1, 5), SpineProcedure.TLIF, "L4-L5", null, null, null));
    ReferralDetails details = Episodes.details(Urgency.ROUTINE, Set.of());
    ReferralDetails wrong =
        new ReferralDetails(
            details.referrer(),
            details.receivedOn(),
            details.channel(),
            details.question(),
            details.questionDetail(),
            details.urgency(),
            details.redFlags(),
            null,
            null,
            null,
            theirs);
    ClinicalRuleViolation refused =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> Referral.receive(Episodes.patient(), wrong, "coordinator"));
    assertEquals("indexSurgeryId", refused.getField());
    assertEquals(theirs, Referral.receive(other, wrong, "coordinator").getIndexSurgery());
  }

  @Test
  void asksForInformationWithADueDateAndGoesBackToTriageWhenItCame() {
    Referral referral = Episodes.referral();
    ClinicalRuleViolation noDate =
        assertThrows(
            ClinicalRuleViolation.class,
            () -> referral.requestInformation("MRI report", null, "surgeon", SURGEON));
    assertEquals("dueOn", noDate.getField());
    assertEquals(ReferralStatus.RECEIVED, referral.getStatus(), "a refused step changes nothing");

    LocalDate due = LocalDate.now().plusDays(10);
    referral.requestInformation("MRI report after the fusion", due, "surgeon", SURGEON);
    assertEquals(ReferralStatus.AWAITING_INFORMATION, referral.getStatus());
    assertEquals(due, referral.getDueOn());
    assertEquals("MRI report after the fusion", referral.getInformationRequested());

    referral.informationReceived(
        "MRI arrived by post", "coordinator", Set.of(Episodes.COORDINATOR));
    assertEquals(ReferralStatus.RECEIVED, referral.getStatus());
    assertEquals(LocalDate.now().plusDays(TriageTarget.DEFAULT_DAYS), referral.getDueOn());
    assertEquals(EventKind.INFORMATION_RECEIVED, referral.getEvents().get(0).getKind());
  }

  @Test
  void declinesWithAReasonAndIsThenClosedToEverything() {
    Referral referral = Episodes.referral();
    referral.decline("Better served by the local pain service", "surgeon", SURGEON);
    assertEquals(ReferralStatus.DECLINED, referral.getStatus());
    assertEquals("Better served by the local pain service", referral.getDeclineReason());
    assertEquals("surgeon", referral.getTriagedBy());
    assertNotNull(referral.getTriagedAt());
    assertNull(referral.getDueOn());
    assertThrows(
        IllegalTransitionException.class, () -> referral.decline("Again", "surgeon", SURGEON));
    assertThrows(
        ClinicalRuleViolation.class,
        () -> referral.attach(DocumentKind.OTHER, "late.pdf", PDF, "coordinator"));
  }

  @Test
  void documentsAreTypedByTheirContentAndFingerprinted() {
    Referral referral = Episodes.referral();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    Attachment attachment =
        referral.attach(DocumentKind.IMAGING_REPORT, "C:\\scans\\report.pdf", png, "coordinator");
    assertEquals(DocumentType.PNG, attachment.getDocumentType());
    assertEquals("report.pdf", attachment.getFileName());
    assertEquals(10, attachment.getSizeBytes());
    assertEquals(Attachment.sha256Of(png), attachment.getSha256());
    assertEquals(64, attachment.getSha256().length());
    assertEquals(EventKind.DOCUMENT_ATTACHED, referral.getEvents().get(0).getKind());

    ClinicalRuleViolation text =
        assertThrows(
            ClinicalRuleViolation.class,
            () ->
                referral.attach(
                    DocumentKind.OTHER,
                    "letter.pdf",
                    "Dear colleague".getBytes(StandardCharsets.UTF_8),
                    "x"));
    assertEquals("content", text.getField());
    assertEquals(1, referral.getAttachments().size());

    assertThrows(IllegalArgumentException.class, () -> new AttachmentContent(attachment, PDF));
    assertEquals(10, new AttachmentContent(attachment, png).getContent().length);
  }
}
