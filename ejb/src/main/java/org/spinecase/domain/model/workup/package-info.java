/**
 * The second-opinion workup of a failed-back-surgery case as pure domain: what the clinic records
 * to find out what really causes the pain, section by section, with the lists, scales and computed
 * results of {@code docs/clinical-reference.md} ("Cause taxonomy", "Second-opinion workup", "Names of
 * the condition", "Codes").
 *
 * <p>Everything the clinic will count is a code here (an enum with a {@code label()}), never free
 * text: causes, certainty, evidence basis, examination findings, study types, block types. Computed
 * results (morphine milligram equivalents, block relief, the SI provocation cluster, PI-LL) are
 * only ever computed from what was recorded, never typed in.
 *
 * <p>{@link org.spinecase.domain.model.workup.WorkupSheet} holds the sections, says which are
 * complete, who may write each and when the workup may be signed; once signed it refuses edits and
 * takes dated, signed addenda only. Rule breaches are reported as {@link
 * org.spinecase.domain.model.shared.ClinicalRuleViolation} naming the field concerned.
 *
 * <p>Values that {@code docs/clinical-reference.md} or this package could not confirm against a primary
 * source say "(verify)" in their Javadoc and, where a code carries it, answer {@code verify()}.
 */
package org.spinecase.domain.model.workup;
