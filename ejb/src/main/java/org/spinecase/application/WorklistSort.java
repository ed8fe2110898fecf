package org.spinecase.application;

/**
 * The orders a worklist offers, always after red flags. An enum, so that no request text reaches
 * the ORDER BY clause.
 *
 * <p>{@link #WAITING} sorts by days waited: descending puts who has waited longest first. {@link
 * #DUE_ON} applies to referrals; lists of cases sort by waiting instead.
 */
public enum WorklistSort {
  WAITING,
  PATIENT,
  RECEIVED_ON,
  STATUS,
  DUE_ON
}
