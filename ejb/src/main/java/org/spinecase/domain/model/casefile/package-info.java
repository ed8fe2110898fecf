/**
 * The episode of care from referral to discharge: one state machine ({@link
 * org.spinecase.domain.model.casefile.CareLifecycle}) for every step, the case file with its care
 * team, and the append-only timeline of who did what and why.
 *
 * <p>The records ask the lifecycle and obey it; no page, service or API decides a transition on its
 * own, so all of them refuse the same things with the same words.
 */
package org.spinecase.domain.model.casefile;
