/**
 * What every clinical record shares: optimistic-lock version, who created and last changed it, and
 * the rule violations the clinical model reports.
 *
 * <p>Kept free of any clinical context so that patient, referral, case file and the other contexts
 * can all build on it without depending on each other.
 */
package org.spinecase.domain.model.shared;
