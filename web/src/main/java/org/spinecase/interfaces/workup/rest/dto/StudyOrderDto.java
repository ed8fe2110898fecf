package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.spinecase.domain.model.workup.StudyType;

/**
 * A study to order. type: MRI_WITHOUT_GADOLINIUM, MRI_WITH_AND_WITHOUT_GADOLINIUM, CT, CT_MYELOGRAM,
 * FLEXION_EXTENSION_XRAYS, STANDING_LONG_FILMS, EMG_NCS, ESR_CRP; levels like "L4-L5" (optional);
 * orderedOn defaults to today.
 */
@JsonbPropertyOrder({"type", "levels", "orderedOn"})
public record StudyOrderDto(@Schema(implementation = StudyType.class, description = "The code; see the enumeration") String type, String levels, LocalDate orderedOn) {}
