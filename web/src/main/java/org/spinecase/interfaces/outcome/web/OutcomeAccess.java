package org.spinecase.interfaces.outcome.web;

import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * Who sees and records outcome scores in the web pages: surgeons, pain specialists,
 * physiotherapists and psychologists. The coordinator sees only the measure sets that are due
 * (no scores), the administrator nothing clinical. The service checks it again.
 */
final class OutcomeAccess {

  private OutcomeAccess() {}

  static boolean mayRecord(SignedInClinician clinician) {
    return clinician.isMayRecordOutcomes();
  }
}
