/**
 * Who looked at and who changed clinical records: the append-only access log and the Envers
 * revision entity that names the user behind every change.
 *
 * <p>The access log never holds clinical values, only which record was touched, by whom, from where
 * and with what outcome, so the log itself can be read by the privacy officer without exposing
 * clinical content.
 */
package org.spinecase.domain.model.audit;
