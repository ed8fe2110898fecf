package org.spinecase.interfaces.outcome.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.MeasureScheduleService;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * admin/measure-schedule.xhtml: which instruments make up the measure set at each scheduled time
 * point. Sets already created keep their snapshot; a change applies to sets created from now on.
 */
@Named
@ViewScoped
public class MeasureScheduleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MeasureScheduleService schedule;
  @Inject private SignedInClinician clinician;

  /** One time point's row: the instruments ticked. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TimePoint point;
    private List<String> codes;
    private List<String> saved;

    Row(TimePoint point, List<String> codes) {
      this.point = point;
      this.codes = new ArrayList<>(codes);
      this.saved = List.copyOf(codes);
    }

    public TimePoint getPoint() {
      return point;
    }

    public List<String> getCodes() {
      return codes;
    }

    public void setCodes(List<String> codes) {
      this.codes = codes == null ? new ArrayList<>() : new ArrayList<>(codes);
    }
  }

  private List<Row> rows = List.of();

  public void load() {
    if (!clinician.isAdmin()) {
      ErrorPages.forbidden();
      return;
    }
    refresh();
  }

  private void refresh() {
    Map<TimePoint, List<String>> current = new EnumMap<>(TimePoint.class);
    current.putAll(schedule.schedule());
    List<Row> fresh = new ArrayList<>();
    for (TimePoint point : TimePoint.values()) {
      if (point.isScheduled()) {
        fresh.add(new Row(point, current.getOrDefault(point, List.of())));
      }
    }
    rows = fresh;
  }

  public void save() {
    int changed = 0;
    try {
      for (Row row : rows) {
        if (!new java.util.HashSet<>(row.codes).equals(new java.util.HashSet<>(row.saved))) {
          schedule.replace(row.point, row.codes);
          changed++;
        }
      }
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> PageMessages.error(v.message()));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    refresh();
    PageMessages.info(PageMessages.text("oc", "schedule.saved", changed));
  }

  public List<Row> getRows() {
    return rows;
  }
}
