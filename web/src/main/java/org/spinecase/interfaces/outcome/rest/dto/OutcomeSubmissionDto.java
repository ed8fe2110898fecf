package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/**
 * A response to an instrument as another system or a script sends it, partial or whole. Answers are
 * item number to the value(s) ticked: {@code {"1": [3], "2": [4, 5]}}; two values only where the
 * instrument's rule says what they mean (ODI: the higher counts). The recall period is required for
 * the pain ratings (NRS) and refused nowhere else; administeredOn defaults to today and may not lie
 * in the future; language defaults to "en", mode to CLINICIAN. Codes: timePoint BASELINE, MONTH_3,
 * MONTH_6, MONTH_12, UNSCHEDULED; recallPeriod NOW, AVERAGE_24_HOURS, WORST_24_HOURS,
 * AVERAGE_1_WEEK, WORST_1_WEEK; mode CLINICIAN, PATIENT_TABLET. With {@code finish} true the response
 * is finished in the same call, which needs a score.
 */
@JsonbPropertyOrder({
  "instrument", "timePoint", "administeredOn", "recallPeriod", "language", "mode", "answers", "finish"
})
public record OutcomeSubmissionDto(
    String instrument,
    String timePoint,
    LocalDate administeredOn,
    String recallPeriod,
    String language,
    String mode,
    JsonObject answers,
    Boolean finish) {}
