package org.spinecase.domain.model.audit;

/** What a user did with clinical data, as the privacy officer reviews it. */
public enum AccessAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  EXPORT,
  PRINT,
  BREAK_GLASS
}
