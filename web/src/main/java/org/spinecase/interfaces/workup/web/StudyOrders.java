package org.spinecase.interfaces.workup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.PageMessages;

/** The studies section of workup/edit.xhtml: ordering a study and the findings of the table. */
@Named
@ViewScoped
public class StudyOrders implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;
  @Inject private WorkupService workups;

  private String orderType;
  private String orderLevels;
  private LocalDate orderedOn = ClinicTime.today();

  public void orderStudy() {
    page.clearConflict();
    if (orderType == null) {
      PageMessages.fieldError("order:orderType", PageMessages.text("wu", "studies.chooseType"));
      return;
    }
    page.change("order", () -> workups.orderStudy(page.getCaseId(), StudyType.valueOf(orderType),
        orderLevels == null || orderLevels.isBlank() ? null : orderLevels, orderedOn), null, () -> {
          StudyRow ordered = page.getView().getStudies().get(page.getView().getStudies().size() - 1);
          PageMessages.info(PageMessages.text("wu", "studies.ordered", ordered.number(), ordered.type().label()));
          orderType = null;
          orderLevels = null;
          orderedOn = ClinicTime.today();
        });
  }

  public String findings(StudyRow row) {
    return row.findings() == null ? "" : StudyText.describe(row.findings());
  }

  public String getOrderType() {
    return orderType;
  }

  public void setOrderType(String orderType) {
    this.orderType = ExaminationForm.blankToNull(orderType);
  }

  public String getOrderLevels() {
    return orderLevels;
  }

  public void setOrderLevels(String orderLevels) {
    this.orderLevels = orderLevels;
  }

  public LocalDate getOrderedOn() {
    return orderedOn;
  }

  public void setOrderedOn(LocalDate orderedOn) {
    this.orderedOn = orderedOn;
  }
}
