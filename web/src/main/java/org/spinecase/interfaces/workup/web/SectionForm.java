package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.SectionContent;

/**
 * The form of one workup section that saves with the shared save button: builds the section's
 * content from the input, or throws the domain's refusal (the input stays for correcting).
 */
interface SectionForm extends Serializable {

  /** @param view the workup as the page shows it (the evidence and scores a section may cite) */
  SectionContent toContent(WorkupView view);
}
