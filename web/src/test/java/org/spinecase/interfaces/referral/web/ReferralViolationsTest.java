package org.spinecase.interfaces.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReferralViolationsTest {

  @Test
  void formFieldsAreTheInputsOfTheSameName() {
    assertEquals("referrerName", ReferralViolations.componentFor("referrerName"));
    assertEquals("receivedOn", ReferralViolations.componentFor("receivedOn"));
  }

  @Test
  void aNewPatientsFieldsAreThePatientInputs() {
    assertEquals("familyName", ReferralViolations.componentFor("newPatient.familyName"));
  }

  @Test
  void attachmentsRedFlagsAndTheIndexSurgeryHaveTheirOwnPlaces() {
    assertEquals("upload", ReferralViolations.componentFor("attachments[2].content"));
    assertEquals("urgency", ReferralViolations.componentFor("redFlags"));
    assertEquals("indexSurgery", ReferralViolations.componentFor("indexSurgeryId"));
    assertEquals("patient", ReferralViolations.componentFor("patientId"));
  }

  @Test
  void unknownOrMissingFieldsGoToTheSummary() {
    assertNull(ReferralViolations.componentFor(null));
    assertNull(ReferralViolations.componentFor(""));
    assertNull(ReferralViolations.componentFor("somethingElse"));
  }
}
