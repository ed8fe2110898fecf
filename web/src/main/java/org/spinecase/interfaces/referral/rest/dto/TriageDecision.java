package org.spinecase.interfaces.referral.rest.dto;

/**
 * What is decided about a referral at triage. INFORMATION_RECEIVED puts a referral that waited
 * for information back into the triage queue (the coordinator may do that as well).
 */
public enum TriageDecision {
  ACCEPT,
  DECLINE,
  REQUEST_INFORMATION,
  INFORMATION_RECEIVED
}
