package org.spinecase.interfaces.workup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.PageMessages;

/** The causes section of workup/edit.xhtml: the evidence a cause may cite. */
@Named
@ViewScoped
public class CauseEvidence implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;
  @Inject private ClinicCalendar calendar;

  /** The studies and blocks of the workup, by the workup's numbers. */
  public List<Option> getEvidenceOptions() {
    List<Option> options = new ArrayList<>();
    for (StudyRow s : page.getView().getStudies()) {
      options.add(new Option("STUDY:" + s.number(), PageMessages.text("wu", "causes.studyOption", s.number(),
          s.type().label(), s.levels() == null ? "" : s.levels(),
          s.resultedOn() == null ? PageMessages.text("wu", "causes.notResulted") : calendar.date(s.resultedOn()))));
    }
    for (BlockRow b : page.getView().getBlocks()) {
      options.add(new Option("BLOCK:" + b.number(), PageMessages.text("wu", "causes.blockOption", b.number(),
          b.getTargetLabel(), calendar.date(b.block().performedOn()))));
    }
    return options;
  }
}
