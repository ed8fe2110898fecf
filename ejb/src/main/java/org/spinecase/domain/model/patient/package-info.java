/**
 * The patient registry: who the patient is, their prior spine surgeries and the risk factors that
 * shape every later decision (smoking, diabetes, BMI, bone and vascular health).
 *
 * <p>Nothing here is hard-deleted: a wrong prior surgery is marked entered-in-error with a reason,
 * and Envers keeps every earlier state.
 */
package org.spinecase.domain.model.patient;
