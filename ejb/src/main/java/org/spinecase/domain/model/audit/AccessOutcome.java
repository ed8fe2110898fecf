package org.spinecase.domain.model.audit;

/** Whether the access went ahead; denials are logged as carefully as successes. */
public enum AccessOutcome {
  ALLOWED,
  DENIED,
  ERROR
}
