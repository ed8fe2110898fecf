/** REST API for referrals: intake with documents, triage decisions and the decline letter. */
package org.spinecase.interfaces.referral.rest;
