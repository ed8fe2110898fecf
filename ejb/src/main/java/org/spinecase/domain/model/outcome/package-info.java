/**
 * Outcome measures as pure domain: the validated instruments a spine clinic records (NRS back and
 * leg pain, ODI v2.1a, PHQ-9, GAD-7, PCS, STarT Back, EQ-5D-5L, COMI-back) defined as data, and
 * their scoring exactly as {@code docs/clinical-reference.md} ("Instruments: scoring") states it.
 *
 * <p>Scores are only ever computed from item answers, never typed in, so that a total can always be
 * traced back to what the patient answered. Partial answers are kept as they are; a scoring rule
 * decides whether they are enough for a total and says why not when they are not.
 *
 * <p>Item text of licensed instruments (ODI, EQ-5D, STarT Back, PCS) is never shipped: the clinic
 * supplies it under its own licence through {@link org.spinecase.domain.model.outcome.ItemText},
 * and until then every item and answer carries a neutral label. No EQ-5D value-set coefficients are
 * shipped either; a clinic supplies its country's value set as a {@link
 * org.spinecase.domain.model.outcome.ValueSet}.
 */
package org.spinecase.domain.model.outcome;
