package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/**
 * A current medicine. medicationClass: OPIOID, PARACETAMOL, NSAID, GABAPENTINOID, ANTIDEPRESSANT,
 * MUSCLE_RELAXANT, TOPICAL, OTHER. An opioid (and only an opioid) takes its dose: opioid (MORPHINE,
 * HYDROCODONE, OXYCODONE, OXYMORPHONE, HYDROMORPHONE, CODEINE, TRAMADOL, TAPENTADOL, METHADONE,
 * FENTANYL_TRANSDERMAL), amount of one dose (mg, or mcg/h for a patch) and timesPerDay. unit and
 * mmePerDay are computed (CDC 2022 factors) and ignored when sent.
 */
@JsonbPropertyOrder({"name", "medicationClass", "opioid", "amount", "unit", "timesPerDay", "mmePerDay"})
public record MedicationDto(
    String name,
    String medicationClass,
    String opioid,
    BigDecimal amount,
    String unit,
    Integer timesPerDay,
    BigDecimal mmePerDay) {}
