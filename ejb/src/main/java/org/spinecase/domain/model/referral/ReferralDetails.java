package org.spinecase.domain.model.referral;

import java.time.LocalDate;
import java.util.Set;
import org.spinecase.domain.model.patient.PriorSpineSurgery;

/**
 * Everything a referral records at intake, set at once so that the referral checks its rules on the
 * whole (the red-flag rule and the index surgery look at several fields together).
 *
 * @param indexSurgery the operation the referral is about, or {@code null}; it must be one of the
 *     patient's own recorded surgeries
 */
public record ReferralDetails(
    Referrer referrer,
    LocalDate receivedOn,
    ReferralChannel channel,
    ReferralQuestion question,
    String questionDetail,
    Urgency urgency,
    Set<RedFlag> redFlags,
    Integer backPain,
    Integer legPain,
    Integer painDurationMonths,
    PriorSpineSurgery indexSurgery) {}
