package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.spinecase.domain.model.workup.PriorTreatmentType;
import org.spinecase.domain.model.workup.TreatmentResponse;

/**
 * A treatment tried before the workup. type: PHYSIOTHERAPY, PAIN_MANAGEMENT_PROGRAMME, MEDICATION,
 * EPIDURAL_STEROID_INJECTION, NERVE_ROOT_INJECTION, FACET_INJECTION, RADIOFREQUENCY_DENERVATION,
 * SI_JOINT_INJECTION, ACUPUNCTURE, MANUAL_THERAPY, TENS, SPINAL_CORD_STIMULATION, OTHER; response:
 * NO_BENEFIT, SHORT_TERM_BENEFIT, LASTING_BENEFIT, WORSE, NOT_TOLERATED.
 */
@JsonbPropertyOrder({"type", "response"})
public record PriorTreatmentDto(@Schema(implementation = PriorTreatmentType.class, description = "The code; see the enumeration") String type, @Schema(implementation = TreatmentResponse.class, description = "The code; see the enumeration") String response) {}
