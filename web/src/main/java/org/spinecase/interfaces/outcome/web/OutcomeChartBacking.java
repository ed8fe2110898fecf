package org.spinecase.interfaces.outcome.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spinecase.application.CaseSummary;
import org.spinecase.application.OutcomeHistory;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.PatientService;
import org.spinecase.application.ScoreRow;
import org.spinecase.application.TreatmentEvent;
import org.spinecase.domain.model.outcome.MinimalImportantChange;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.interfaces.casefile.web.PatientCasesBacking;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * outcomes/patient.xhtml?patient=: the patient's back pain, leg pain and ODI over time (chart built
 * here as Chart.js JSON), every score in a table beside it, open safety alerts, and the links to
 * record a new measure. Only the roles that record outcomes see scores (the coordinator gets 403);
 * which responses are visible is the service's decision (cases the user may see).
 */
@Named
@ViewScoped
public class OutcomeChartBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String BACK_COLOUR = "#0b5cad";
  static final String LEG_COLOUR = "#b8410f";
  static final String ODI_COLOUR = "#5a1f8a";

  @Inject private OutcomeService outcomes;
  @Inject private PatientService patients;
  @Inject private PatientCasesBacking patientCases;
  @Inject private SignedInClinician clinician;
  @Inject private ClinicCalendar calendar;

  private String patientParam;
  private Long patientId;
  private Patient patient;
  private List<ScoreRow> rows = List.of();
  private List<TreatmentEvent> events = List.of();
  private List<CaseAlerts> alerts = List.of();
  private long alertCount;
  private String chartJson;
  private boolean chartEmpty;

  /** A case of the patient with open safety alerts. */
  public record CaseAlerts(long caseId, long count) implements Serializable {
    public long getCaseId() {
      return caseId;
    }

    public long getCount() {
      return count;
    }
  }

  public void load() {
    if (!OutcomeAccess.mayRecord(clinician)) {
      ErrorPages.forbidden();
      return;
    }
    patientId = ErrorPages.parseId(patientParam);
    if (patientId == null) {
      ErrorPages.notFound();
      return;
    }
    patient = patients.get(patientId);
    patientCases.load(patientId);
    OutcomeHistory history = outcomes.history(patientId);
    rows = history.rows().stream()
        .sorted(Comparator.comparing(ScoreRow::administeredOn)
            .thenComparing(ScoreRow::enteredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed())
        .toList();
    events = history.treatmentEvents();
    List<CaseAlerts> open = new ArrayList<>();
    for (CaseSummary c : patientCases.getVisible()) {
      long count = outcomes.openAlertCount(c.caseId());
      if (count > 0) {
        open.add(new CaseAlerts(c.caseId(), count));
      }
    }
    alerts = open;
    alertCount = open.stream().mapToLong(CaseAlerts::count).sum();
    ChartJson chart = chart(rows, events, texts(), ClinicTime.today());
    chartEmpty = chart.isEmpty();
    chartJson = chart.toString();
  }

  static ChartJson chart(List<ScoreRow> rows, List<TreatmentEvent> events, ChartJson.Texts texts, LocalDate today) {
    ChartJson chart = new ChartJson(texts, today);
    chart.series(series(rows, OutcomeTerms.NRS_BACK, OutcomeTerms.nameOf(OutcomeTerms.NRS_BACK),
        ChartJson.NRS_AXIS, BACK_COLOUR, "circle", MinimalImportantChange.NRS));
    chart.series(series(rows, OutcomeTerms.NRS_LEG, OutcomeTerms.nameOf(OutcomeTerms.NRS_LEG),
        ChartJson.NRS_AXIS, LEG_COLOUR, "triangle", MinimalImportantChange.NRS));
    chart.series(series(rows, OutcomeTerms.ODI, OutcomeTerms.nameOf(OutcomeTerms.ODI) + " (%)",
        ChartJson.ODI_AXIS, ODI_COLOUR, "rect", MinimalImportantChange.ODI));
    events.stream()
        .sorted(Comparator.comparing(TreatmentEvent::on))
        .forEach(e -> chart.event(e.on(), e.label()));
    return chart;
  }

  private static ChartJson.Series series(
      List<ScoreRow> rows, String code, String label, String axis, String colour, String style,
      MinimalImportantChange change) {
    List<ScoreRow> mine = rows.stream()
        .filter(r -> code.equals(r.instrumentCode()) && r.total() != null)
        .sorted(Comparator.comparing(ScoreRow::administeredOn)
            .thenComparing(ScoreRow::enteredAt, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
    // the baseline: the first response recorded at the baseline time point, else the first one
    ScoreRow baseline = mine.stream()
        .filter(r -> r.timePoint() == TimePoint.BASELINE)
        .findFirst()
        .orElse(mine.isEmpty() ? null : mine.get(0));
    List<ChartJson.Point> points = mine.stream()
        .map(r -> new ChartJson.Point(r.administeredOn(), r.total(), r == baseline))
        .toList();
    return new ChartJson.Series(code, label, axis, colour, style, change, points);
  }

  private ChartJson.Texts texts() {
    return new ChartJson.Texts() {
      @Override
      public String nrsAxis() {
        return PageMessages.text("oc", "chart.nrsAxis");
      }

      @Override
      public String odiAxis() {
        return PageMessages.text("oc", "chart.odiAxis");
      }

      @Override
      public String dateAxis() {
        return PageMessages.text("oc", "chart.dateAxis");
      }

      @Override
      public String threshold(String series, String baseline, String threshold) {
        return PageMessages.text("oc", "chart.threshold", series, baseline, threshold);
      }

      @Override
      public String event(String label, String date) {
        return PageMessages.text("oc", "chart.event", label, date);
      }

      @Override
      public String date(LocalDate date) {
        return calendar.date(date);
      }
    };
  }

  /** The open cases this user may record for, newest first. */
  public List<CaseSummary> getOpenCases() {
    return patientCases.getVisible().stream().filter(c -> c.status().isOpen()).toList();
  }

  public boolean isResponseComplete() {
    return FacesContext.getCurrentInstance().getResponseComplete();
  }

  public String getPatientParam() {
    return patientParam;
  }

  public void setPatientParam(String patientParam) {
    this.patientParam = patientParam;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Patient getPatient() {
    return patient;
  }

  public List<ScoreRow> getRows() {
    return rows;
  }

  public List<TreatmentEvent> getEvents() {
    return events;
  }

  public List<CaseAlerts> getAlerts() {
    return alerts;
  }

  public long getAlertCount() {
    return alertCount;
  }

  public String getChartJson() {
    return chartJson;
  }

  public boolean isChartEmpty() {
    return chartEmpty;
  }
}
