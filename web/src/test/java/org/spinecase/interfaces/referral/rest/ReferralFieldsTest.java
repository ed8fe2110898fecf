package org.spinecase.interfaces.referral.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReferralFieldsTest {

  @Test
  void namesFieldsAsTheJsonHasThem() {
    assertEquals("referrer.name", ReferralFields.jsonField("referrerName"));
    assertEquals("referrer.organisation", ReferralFields.jsonField("referrerOrganisation"));
    assertEquals("patient.familyName", ReferralFields.jsonField("newPatient.familyName"));
    assertEquals("patient.surgeries[0].levels", ReferralFields.jsonField("newPatient.surgeries[0].levels"));
    assertEquals("patient", ReferralFields.jsonField("newPatient"));
    assertEquals("attachments[2].contentBase64", ReferralFields.jsonField("attachments[2].content"));
    assertEquals("attachments[2].fileName", ReferralFields.jsonField("attachments[2].fileName"));
    assertEquals("informationRequested", ReferralFields.jsonField("what"));
    assertEquals("team", ReferralFields.jsonField("teamUsernames"));
    assertEquals("question", ReferralFields.jsonField("question"));
    assertNull(ReferralFields.jsonField(null));
  }
}
