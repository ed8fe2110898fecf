/**
 * Referral intake and triage: who referred the patient and why, how urgent (red flags first), the
 * documents that came with it, and the triage decision that opens a case or declines with a reason.
 *
 * <p>Document types are recognised from their content, never from the file name, and the bytes are
 * stored apart from their description so that lists never read them.
 */
package org.spinecase.domain.model.referral;
