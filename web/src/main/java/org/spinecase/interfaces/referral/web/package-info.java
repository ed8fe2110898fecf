/** Referral pages: intake of a new referral with its documents, and the referral with its triage. */
package org.spinecase.interfaces.referral.web;
