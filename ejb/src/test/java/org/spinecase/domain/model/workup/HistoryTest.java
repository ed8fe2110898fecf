package org.spinecase.domain.model.workup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

class HistoryTest {

  static History complete() {
    return History.builder()
        .indication(PreoperativeIndication.RADICULOPATHY, ImagingConcordance.CONCORDANT)
        .painFreeInterval(PainFreeInterval.WEEKS_TO_MONTHS)
        .backPercent(30)
        .neuropathic(NeuropathicDescriptor.BURNING, NeuropathicDescriptor.ELECTRIC_SHOCKS)
        .treatment(PriorTreatmentType.PHYSIOTHERAPY, TreatmentResponse.SHORT_TERM_BENEFIT)
        .medications(
            Medication.opioid("Oxycodone", OpioidDose.oral(Opioid.OXYCODONE, "10", 3)),
            Medication.opioid("Tramadol", OpioidDose.oral(Opioid.TRAMADOL, "50", 2)),
            Medication.other("Pregabalin", MedicationClass.GABAPENTINOID))
        .workStatus(WorkStatus.OFF_WORK_SICK)
        .claims(ClaimStatus.NONE, ClaimStatus.OPEN)
        .goals(PatientGoal.LESS_LEG_PAIN, PatientGoal.RETURN_TO_WORK)
        .expectations("  To walk the dog again.  ")
        .build();
  }

  @Test
  void totalsTheOpioidLoadOfAllCurrentMedications() {
    // oxycodone 30 mg x 1.5 = 45, tramadol 100 mg x 0.2 = 20, pregabalin none
    assertEquals(new BigDecimal("65.0"), complete().mmePerDay());
  }

  @Test
  void noMedicationIsAnAnswerWithZeroMme() {
    History history = History.builder().medications().build();
    assertEquals(new BigDecimal("0.0"), history.mmePerDay());
    assertFalse(history.missing().contains("current medications"));
    assertTrue(History.builder().build().missing().contains("current medications"));
  }

  @Test
  void backAndLegShareAlwaysAddUpTo100() {
    BackLegShare share = BackLegShare.backPercent(30);
    assertEquals(70, share.legPercent());
    assertTrue(share.isLegDominant());
    assertEquals(100, BackLegShare.backPercent(0).legPercent());
    assertThrows(ClinicalRuleViolation.class, () -> BackLegShare.backPercent(101));
    assertThrows(ClinicalRuleViolation.class, () -> BackLegShare.backPercent(-1));
  }

  @Test
  void namesWhatIsStillMissing() {
    History partial =
        History.builder()
            .indication(PreoperativeIndication.AXIAL_BACK_PAIN, ImagingConcordance.DISCORDANT)
            .backPercent(80)
            .build();
    assertEquals(
        List.of(
            "pain-free interval",
            "current medications",
            "work status",
            "litigation and compensation",
            "patient goals"),
        partial.missing());
    assertTrue(complete().isComplete());
    assertEquals("To walk the dog again.", complete().expectations());
  }

  @Test
  void painFreeIntervalHasTheThreeBandsOfTheReference() {
    assertEquals(3, PainFreeInterval.values().length);
    assertEquals("More than 6-12 months", PainFreeInterval.MORE_THAN_6_TO_12_MONTHS.label());
  }
}
