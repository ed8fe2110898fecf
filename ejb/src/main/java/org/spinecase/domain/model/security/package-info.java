/**
 * Who may see a case beyond its care team, and who the clinic's people are: break-glass grants
 * (time-limited, with a reason, reviewed by the privacy officer) and the directory of clinicians
 * seen at sign-in that care teams are chosen from.
 *
 * <p>Neither decides access on its own: roles always come from the identity provider's token, and
 * the application layer's care-access check reads these records together with it.
 */
package org.spinecase.domain.model.security;
