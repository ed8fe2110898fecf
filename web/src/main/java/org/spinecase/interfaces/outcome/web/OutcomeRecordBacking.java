package org.spinecase.interfaces.outcome.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CaseService;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.PatientService;
import org.spinecase.application.ResponseStart;
import org.spinecase.application.StaleRecordException;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.Answers;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.Flag;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.MeasureSetStatus;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.ResponseStatus;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * outcomes/record.xhtml?case=[&instrument=][&response=]: a clinician enters one instrument with
 * all its items on one screen (radio groups, keyboard first). "Save draft" keeps partial answers;
 * "Finish" scores it (the domain scores, never the page) and shows score, band and flags. A
 * non-zero PHQ-9 item 9 is warned about as soon as it is ticked. A save on a stale version keeps
 * the clinician's input and says who changed the response. "Hand the tablet to the patient"
 * saves and opens the one-question-per-screen view of the same response.
 */
@Named
@ViewScoped
public class OutcomeRecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "entry:";
  /** Scheduled sets appear on the worklist this long before they are due. */
  private static final int DUE_WINDOW_DAYS = 14;

  @Inject private OutcomeService outcomes;
  @Inject private CaseService cases;
  @Inject private PatientService patients;
  @Inject private BreakGlassService breakGlass;
  @Inject private SignedInClinician clinician;
  @Inject private ClinicCalendar calendar;

  private String caseParam;
  private String instrumentParam;
  private String responseParam;

  private long caseId;
  private CaseFile caseFile;
  private Patient patient;
  private BreakGlassGrant grant;
  private long alertCount;
  private MeasureSet dueSet;
  private List<String> dueCodes = List.of();
  private Map<String, FormView> forms = new LinkedHashMap<>();

  private String instrumentCode;
  private TimePoint timePoint;
  private LocalDate administeredOn;
  private RecallPeriod recallPeriod;
  private String language = "en";
  private List<ItemEntry> entries = List.of();

  private Long responseId;
  private long version;
  private ResponseStatus status;
  private EntryMode mode;
  private Double total;
  private String band;
  private List<String> flags = List.of();
  private String notScorableReason;
  private Instant savedAt;
  private String conflictText;

  public void load() {
    if (!OutcomeAccess.mayRecord(clinician)) {
      ErrorPages.forbidden();
      return;
    }
    Long responseKey = ErrorPages.parseId(responseParam);
    Long caseKey = ErrorPages.parseId(caseParam);
    if (responseParam != null && responseKey == null || caseKey == null && responseKey == null) {
      ErrorPages.notFound();
      return;
    }
    InstrumentResponse response = responseKey == null ? null : outcomes.get(responseKey);
    caseId = response != null ? response.getCaseFile().getId() : caseKey;
    if (caseKey != null && caseKey != caseId) {
      ErrorPages.notFound();
      return;
    }
    caseFile = cases.get(caseId);
    patient = patients.get(caseFile.getPatient().getId());
    grant = breakGlass.activeGrant(patient.getId()).orElse(null);
    alertCount = outcomes.openAlertCount(caseId);
    refreshDue();
    loadForms();
    administeredOn = ClinicTime.today();
    timePoint = dueSet == null ? TimePoint.UNSCHEDULED : dueSet.getTimePoint();
    if (response != null) {
      show(response);
    } else {
      String code = instrumentParam != null && forms.containsKey(instrumentParam)
          ? instrumentParam
          : null;
      choose(code);
    }
  }

  private void refreshDue() {
    dueSet = dueSet(outcomes.measureSetsOfCase(caseId), ClinicTime.today());
    dueCodes = dueSet == null ? List.of() : dueSet.getOutstanding();
  }

  /** The open set that is due (or will be within the worklist's window), earliest first. */
  static MeasureSet dueSet(List<MeasureSet> sets, LocalDate today) {
    return sets.stream()
        .filter(s -> s.getStatus() == MeasureSetStatus.OPEN && !s.getOutstanding().isEmpty())
        .filter(s -> !s.getDueOn().isAfter(today.plusDays(DUE_WINDOW_DAYS)))
        .min(Comparator.comparing(MeasureSet::getDueOn))
        .orElse(null);
  }

  private void loadForms() {
    Map<String, FormView> loaded = new LinkedHashMap<>();
    outcomes.instruments(language).forEach(f -> loaded.put(f.code(), new FormView(f)));
    forms = loaded;
  }

  private void show(InstrumentResponse response) {
    responseId = response.getId();
    instrumentCode = response.getInstrumentCode();
    timePoint = response.getTimePoint();
    administeredOn = response.getAdministeredOn();
    recallPeriod = response.getRecallPeriod();
    if (!Objects.equals(language, response.getLanguage())) {
      language = response.getLanguage();
      loadForms();
    }
    entries = entriesOf(getForm());
    Answers answers = response.getAnswers();
    for (ItemEntry entry : entries) {
      entry.load(answers.ticks(entry.getNumber()));
    }
    result(response);
  }

  private void result(InstrumentResponse response) {
    version = response.getVersion();
    status = response.getStatus();
    mode = response.getMode();
    total = response.getTotal();
    band = response.getBand();
    notScorableReason = response.getNotScorableReason();
    flags = response.getFlags().stream().sorted().map(Flag::label).toList();
    savedAt = ClinicClock.now();
  }

  private void choose(String code) {
    instrumentCode = code;
    FormView form = getForm();
    entries = entriesOf(form);
    recallPeriod = form != null && form.isNeedsRecallPeriod() && form.getRecallPeriods().contains(RecallPeriod.AVERAGE_1_WEEK)
        ? RecallPeriod.AVERAGE_1_WEEK
        : null;
  }

  private static List<ItemEntry> entriesOf(FormView form) {
    if (form == null) {
      return List.of();
    }
    return form.getItems().stream()
        .map(item -> new ItemEntry(item, form.isSafetyItem(item.getNumber())))
        .toList();
  }

  // ---- actions ----

  /** The instrument picker changed (Ajax): its items replace the old ones. */
  public void instrumentChanged() {
    choose(instrumentCode);
  }

  /** The language changed (Ajax): the same items, labelled in that language; answers stay. */
  public void languageChanged() {
    Map<Integer, Integer> kept = entries.stream()
        .filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(ItemEntry::getNumber, ItemEntry::getValue));
    loadForms();
    List<ItemEntry> fresh = entriesOf(getForm());
    for (ItemEntry entry : fresh) {
      entry.setValue(kept.get(entry.getNumber()));
    }
    entries = fresh;
  }

  /** A PHQ-9 item 9 tick (Ajax): nothing to do, the view re-renders the warning. */
  public void safetyItemChanged() {}

  public void saveDraft() {
    if (save(EntryMode.CLINICIAN)) {
      PageMessages.info(PageMessages.text("oc", "record.draftSaved",
          calendar.time(savedAt), answeredCount(), entries.size()));
    }
  }

  public void finish() {
    if (!save(EntryMode.CLINICIAN)) {
      return;
    }
    try {
      result(outcomes.finish(responseId, version));
      refreshDue();
      PageMessages.info(PageMessages.text("oc", band == null ? "record.finished" : "record.finishedBand",
          getForm().getName(), OutcomeTerms.format(instrumentCode, total), band));
    } catch (StaleRecordException e) {
      conflict();
    } catch (InvalidInputException e) {
      violations(e.getViolations());
    }
  }

  /** Saves what is entered and opens the tablet view of this response for the patient. */
  public String handToPatient() {
    if (!save(EntryMode.PATIENT_TABLET)) {
      return null;
    }
    return "/outcomes/tablet?faces-redirect=true&response=" + responseId;
  }

  private boolean save(EntryMode newMode) {
    if (instrumentCode == null) {
      PageMessages.fieldError(FORM + "instrument", PageMessages.text("oc", "record.chooseInstrument"));
      return false;
    }
    conflictText = null;
    Map<Integer, Set<Integer>> changes = changes();
    if (responseId != null && changes.isEmpty()) {
      return true;
    }
    try {
      InstrumentResponse saved;
      if (responseId == null) {
        ResponseStart start = new ResponseStart(caseId, instrumentCode, timePoint, administeredOn,
            getForm().isNeedsRecallPeriod() ? recallPeriod : null, language, newMode);
        saved = outcomes.submit(start, changes, false);
      } else {
        saved = outcomes.answer(responseId, version, changes);
      }
      responseId = saved.getId();
      entries.forEach(ItemEntry::markSaved);
      result(saved);
      alertCount = outcomes.openAlertCount(caseId);
      return true;
    } catch (StaleRecordException e) {
      conflict();
    } catch (InvalidInputException e) {
      violations(e.getViolations());
    }
    return false;
  }

  /** The items changed since the last save; an empty set clears an item. */
  private Map<Integer, Set<Integer>> changes() {
    Map<Integer, Set<Integer>> changes = new LinkedHashMap<>();
    for (ItemEntry entry : entries) {
      if (entry.isChanged()) {
        changes.put(entry.getNumber(), entry.ticks());
      }
    }
    return changes;
  }

  /**
   * Someone else (the tablet, a colleague) saved the response meanwhile: the form keeps this
   * user's input, takes the current version, and the next save applies the input over it.
   */
  private void conflict() {
    InstrumentResponse current = outcomes.get(responseId);
    version = current.getVersion();
    status = current.getStatus();
    conflictText = PageMessages.text("oc", "record.conflict", current.getEnteredBy(),
        calendar.dateTime(current.getEnteredAt()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  private void violations(List<FieldViolation> violations) {
    for (FieldViolation violation : violations) {
      String field = violation.field() == null ? "" : violation.field();
      String target = switch (field) {
        case "instrumentCode", "instrument" -> "instrument";
        case "timePoint" -> "timePoint";
        case "administeredOn" -> "administeredOn";
        case "recallPeriod" -> "recallPeriod";
        case "language" -> "language";
        default -> null;
      };
      if (target == null) {
        PageMessages.error(violation.message());
      } else {
        PageMessages.fieldError(FORM + target, violation.message());
      }
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  // ---- for the view ----

  /** The instruments: the ones still due in the open set first, then all the others. */
  public List<SelectItem> getInstrumentChoices() {
    List<SelectItem> choices = new ArrayList<>();
    if (!dueCodes.isEmpty()) {
      SelectItemGroup due = new SelectItemGroup(PageMessages.text("oc", "record.dueGroup", dueSet.getTimePoint().label()));
      due.setSelectItems(dueCodes.stream().filter(forms::containsKey)
          .map(c -> new SelectItem(c, label(forms.get(c)))).toList());
      choices.add(due);
    }
    SelectItemGroup others = new SelectItemGroup(PageMessages.text("oc", dueCodes.isEmpty() ? "record.allGroup" : "record.otherGroup"));
    others.setSelectItems(forms.values().stream().filter(f -> !dueCodes.contains(f.getCode()))
        .map(f -> new SelectItem(f.getCode(), label(f))).toList());
    choices.add(others);
    return choices;
  }

  private static String label(FormView form) {
    return form.getName() + " (" + form.getCode() + ")";
  }

  public FormView getForm() {
    return instrumentCode == null ? null : forms.get(instrumentCode);
  }

  public boolean isStarted() {
    return responseId != null;
  }

  public boolean isComplete() {
    return status == ResponseStatus.COMPLETE;
  }

  public boolean isEditable() {
    return status == null || status == ResponseStatus.IN_PROGRESS;
  }

  public boolean isSafetyConcern() {
    return entries.stream().anyMatch(ItemEntry::isSafetyConcern);
  }

  public long getAnsweredCount() {
    return answeredCount();
  }

  private long answeredCount() {
    return entries.stream().filter(e -> e.getValue() != null).count();
  }

  public List<RecallPeriod> getRecallPeriods() {
    FormView form = getForm();
    return form == null ? List.of() : form.getRecallPeriods();
  }

  public boolean isDue(String code) {
    return dueCodes.contains(code);
  }

  public String getScoreText() {
    return OutcomeTerms.format(instrumentCode, total);
  }

  public String getCaseParam() {
    return caseParam;
  }

  public void setCaseParam(String caseParam) {
    this.caseParam = caseParam;
  }

  public String getInstrumentParam() {
    return instrumentParam;
  }

  public void setInstrumentParam(String instrumentParam) {
    this.instrumentParam = instrumentParam;
  }

  public String getResponseParam() {
    return responseParam;
  }

  public void setResponseParam(String responseParam) {
    this.responseParam = responseParam;
  }

  public long getCaseId() {
    return caseId;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Patient getPatient() {
    return patient;
  }

  public BreakGlassGrant getGrant() {
    return grant;
  }

  public long getAlertCount() {
    return alertCount;
  }

  public MeasureSet getDueSet() {
    return dueSet;
  }

  public List<String> getDueCodes() {
    return dueCodes;
  }

  public String getInstrumentCode() {
    return instrumentCode;
  }

  public void setInstrumentCode(String instrumentCode) {
    if (responseId == null) {
      this.instrumentCode = instrumentCode;
    }
  }

  public TimePoint getTimePoint() {
    return timePoint;
  }

  public void setTimePoint(TimePoint timePoint) {
    this.timePoint = timePoint;
  }

  public LocalDate getAdministeredOn() {
    return administeredOn;
  }

  public void setAdministeredOn(LocalDate administeredOn) {
    this.administeredOn = administeredOn;
  }

  public RecallPeriod getRecallPeriod() {
    return recallPeriod;
  }

  public void setRecallPeriod(RecallPeriod recallPeriod) {
    this.recallPeriod = recallPeriod;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<ItemEntry> getEntries() {
    return entries;
  }

  public Long getResponseId() {
    return responseId;
  }

  public ResponseStatus getStatus() {
    return status;
  }

  public EntryMode getMode() {
    return mode;
  }

  public Double getTotal() {
    return total;
  }

  public String getBand() {
    return band;
  }

  public List<String> getFlags() {
    return flags;
  }

  public String getNotScorableReason() {
    return notScorableReason;
  }

  public String getConflictText() {
    return conflictText;
  }
}
