package org.spinecase.interfaces.workup.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CaseService;
import org.spinecase.application.DocumentUpload;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientService;
import org.spinecase.application.ScoreRow;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.AddendumRow;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PriorSpineSurgery;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.CausesAndDiagnosis;
import org.spinecase.domain.model.workup.EvidenceBasis;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.FunctionAndMovement;
import org.spinecase.domain.model.workup.History;
import org.spinecase.domain.model.workup.PsychologicalEvaluation;
import org.spinecase.domain.model.workup.PsychosocialInstrument;
import org.spinecase.domain.model.workup.PsychosocialScreening;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.SubstanceUseScreen;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * workup/edit.xhtml?case=[&section=]: the second-opinion workup of a case, section by section.
 * The left column lists the sections with what each still misses and the signature; the selected
 * section is its own form and saves on its own, on the version of that section the page showed.
 * Input stays in the form when the domain refuses it or someone else saved the section meanwhile
 * (the conflict says who; the next save applies this user's input over theirs). Every clinical
 * rule (what is complete, MME, relief, the SI cluster, rest normal) is the domain's.
 */
@Named
@ViewScoped
public class WorkupEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupService workups;
  @Inject private CaseService cases;
  @Inject private PatientService patients;
  @Inject private BreakGlassService breakGlass;
  @Inject private SignedInClinician clinician;
  @Inject private ClinicCalendar calendar;

  private String caseParam;
  private String sectionParam;

  private long caseId;
  private CaseFile caseFile;
  private Patient patient;
  private BreakGlassGrant grant;
  private WorkupView view;
  private WorkupSection section;
  private final Map<WorkupSection, Long> versions = new EnumMap<>(WorkupSection.class);
  private String conflictText;

  private HistoryForm history;
  private RedFlagForm redFlags;
  private ExaminationForm exam;
  private CausesForm causes;
  private Integer walkingMinutes;
  private Integer sittingMinutes;
  private String functionText;
  private String psychologyText;
  private final Map<String, Boolean> linked = new java.util.HashMap<>();
  private String substanceUse;
  private String psychosocialExpectations;

  private String orderType;
  private String orderLevels;
  private LocalDate orderedOn;
  private StudyResultForm result;
  private BlockForm block;

  private String addendumConcerns;
  private String addendumText;

  public void load() {
    if (!clinician.isClinical()) {
      ErrorPages.forbidden();
      return;
    }
    WorkupCase opened = WorkupCase.open(caseParam, cases, patients, breakGlass);
    if (opened == null) {
      return;
    }
    caseId = opened.caseId();
    caseFile = opened.caseFile();
    patient = opened.patient();
    grant = opened.grant();
    view = workups.view(caseId);
    section = chosen(sectionParam);
    orderedOn = ClinicTime.today();
    fill(section);
  }

  private WorkupSection chosen(String param) {
    if (param != null) {
      for (WorkupSection s : WorkupSection.values()) {
        if (s.name().equalsIgnoreCase(param.strip()) && view.section(s).isPresent()) {
          return s;
        }
      }
    }
    // the first section this user may write that is not complete, else the first readable
    return view.getSections().stream().filter(s -> s.mayWrite() && !s.complete()).map(SectionState::section)
        .findFirst()
        .orElse(view.getSections().isEmpty() ? WorkupSection.STUDIES : view.getSections().get(0).section());
  }

  /** Loads the form of a section from what is saved. */
  private void fill(WorkupSection which) {
    Optional<SectionState> state = view.section(which);
    versions.put(which, state.map(SectionState::version).orElse(-1L));
    SectionContent content = state.map(SectionState::content).orElse(null);
    switch (which) {
      case HISTORY -> {
        history = new HistoryForm();
        history.load((History) content);
      }
      case RED_FLAGS -> {
        redFlags = new RedFlagForm();
        redFlags.load((RedFlagChecklist) content);
      }
      case EXAMINATION -> {
        exam = new ExaminationForm(key -> PageMessages.text("wu", key));
        exam.load((Examination) content);
      }
      case CAUSES -> {
        causes = new CausesForm();
        causes.load((CausesAndDiagnosis) content);
      }
      case FUNCTION_AND_MOVEMENT -> {
        FunctionAndMovement f = (FunctionAndMovement) content;
        walkingMinutes = f == null ? null : f.walkingToleranceMinutes();
        sittingMinutes = f == null ? null : f.sittingToleranceMinutes();
        functionText = f == null ? null : f.assessment();
      }
      case PSYCHOLOGICAL_EVALUATION -> {
        PsychologicalEvaluation p = (PsychologicalEvaluation) content;
        psychologyText = p == null ? null : p.assessment();
      }
      case PSYCHOSOCIAL -> {
        PsychosocialScreening p = (PsychosocialScreening) content;
        linked.clear();
        for (PsychosocialInstrument instrument : PsychosocialInstrument.values()) {
          ScoreRow latest = latestScore(instrument);
          linked.put(instrument.name(), p == null ? latest != null : p.responses().containsKey(instrument));
        }
        substanceUse = p == null || p.substanceUse() == null ? null : p.substanceUse().name();
        psychosocialExpectations = p == null ? null : p.expectations();
      }
      case STUDIES, INJECTIONS -> {
        // rows come from the view; forms open on demand
      }
    }
  }

  // ---- saving sections ----

  public void saveHistory() {
    build("history", () -> history.toHistory()).ifPresent(this::save);
  }

  public void saveRedFlags() {
    build("redFlags", () -> redFlags.toChecklist()).ifPresent(this::save);
  }

  public void allOthersNo() {
    redFlags.restNegative();
    PageMessages.info(PageMessages.text("wu", "redFlags.restNegativeDone"));
  }

  public void saveExamination() {
    List<ExaminationForm.CellProblem> problems = new ArrayList<>();
    Examination e = exam.toExamination(problems);
    if (!problems.isEmpty()) {
      cellProblems(problems);
      return;
    }
    save(e);
  }

  public void restNormal() {
    List<ExaminationForm.CellProblem> problems = new ArrayList<>();
    int filled = exam.restNormal(problems);
    if (filled < 0) {
      cellProblems(problems);
      return;
    }
    PageMessages.info(PageMessages.text("wu", "exam.restNormalDone", filled));
  }

  public void examChanged() {
    // Ajax: the cluster result and counts re-render from the form
  }

  private void cellProblems(List<ExaminationForm.CellProblem> problems) {
    for (ExaminationForm.CellProblem p : problems) {
      PageMessages.fieldError("exam:" + p.component(), p.cell() + ": " + p.message(), p.message());
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  public void saveCauses() {
    build("causes", () -> causes.toContent(n -> view.study(n).map(s -> s.type().evidenceBasis()).orElse(null)))
        .ifPresent(this::save);
  }

  public void addCause() {
    causes.addCause();
  }

  public void removeCause(int index) {
    causes.removeCause(index);
  }

  public void addTreatment() {
    history.addTreatment();
  }

  public void removeTreatment(int index) {
    history.removeTreatment(index);
  }

  public void addMedication() {
    history.addMedication();
  }

  public void removeMedication(int index) {
    history.removeMedication(index);
  }

  public void saveFunction() {
    build("function", () -> new FunctionAndMovement(walkingMinutes, sittingMinutes, functionText)).ifPresent(this::save);
  }

  public void savePsychology() {
    build("psychology", () -> new PsychologicalEvaluation(psychologyText)).ifPresent(this::save);
  }

  public void savePsychosocial() {
    build("psychosocial", () -> {
      PsychosocialScreening p = PsychosocialScreening.none();
      for (PsychosocialInstrument instrument : PsychosocialInstrument.values()) {
        ScoreRow latest = latestScore(instrument);
        if (Boolean.TRUE.equals(linked.get(instrument.name())) && latest != null) {
          p = p.linking(instrument, latest.responseId());
        }
      }
      if (substanceUse != null) {
        p = p.withSubstanceUse(SubstanceUseScreen.valueOf(substanceUse));
      }
      return new PsychosocialScreening(p.responses(), p.substanceUse(), psychosocialExpectations);
    }).ifPresent(this::save);
  }

  private interface Builder<T> {
    T build();
  }

  /** The domain object of the form, or empty with the refusal shown (the input stays). */
  private <T> Optional<T> build(String formId, Builder<T> builder) {
    conflictText = null;
    try {
      return Optional.of(builder.build());
    } catch (ClinicalRuleViolation e) {
      WorkupViolations.show(formId, e);
      return Optional.empty();
    }
  }

  private void save(SectionContent content) {
    WorkupSection which = content.section();
    try {
      view = workups.saveSection(caseId, content, versions.getOrDefault(which, -1L));
      refreshCase();
      fill(which);
      SectionState state = view.section(which).orElseThrow();
      PageMessages.info(state.complete()
          ? PageMessages.text("wu", "saved.complete", which.label(), calendar.time(state.savedAt()))
          : PageMessages.text("wu", "saved.incomplete", which.label(), calendar.time(state.savedAt()),
              state.missing().size()));
    } catch (StaleRecordException e) {
      conflict(which);
    } catch (InvalidInputException e) {
      WorkupViolations.show(formOf(which), e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      refused(e);
    }
  }

  /** The id of the h:form a section's include puts its inputs in. */
  static String formOf(WorkupSection which) {
    return switch (which) {
      case HISTORY -> "history";
      case RED_FLAGS -> "redFlags";
      case EXAMINATION -> "exam";
      case CAUSES -> "causes";
      case FUNCTION_AND_MOVEMENT -> "function";
      case PSYCHOLOGICAL_EVALUATION -> "psychology";
      case PSYCHOSOCIAL -> "psychosocial";
      case STUDIES -> "result";
      case INJECTIONS -> "block";
    };
  }

  /**
   * Someone saved this section meanwhile: the form keeps this user's input and takes the current
   * version, so that saving again applies this input over theirs.
   */
  private void conflict(WorkupSection which) {
    view = workups.view(caseId);
    SectionState current = view.section(which).orElse(null);
    versions.put(which, current == null ? -1L : current.version());
    conflictText = current == null || current.savedAt() == null
        ? PageMessages.text("wu", "conflict.generic")
        : PageMessages.text("wu", "conflict.section", current.savedBy(), calendar.dateTime(current.savedAt()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  private void refused(RuntimeException e) {
    view = workups.view(caseId);
    PageMessages.error(e.getMessage() == null ? PageMessages.text("wu", "refused") : e.getMessage());
    FacesContext.getCurrentInstance().validationFailed();
  }

  private void refreshCase() {
    caseFile = cases.get(caseId);
  }

  // ---- studies ----

  public void orderStudy() {
    conflictText = null;
    if (orderType == null) {
      PageMessages.fieldError("order:orderType", PageMessages.text("wu", "studies.chooseType"));
      return;
    }
    try {
      view = workups.orderStudy(caseId, StudyType.valueOf(orderType),
          orderLevels == null || orderLevels.isBlank() ? null : orderLevels, orderedOn);
      StudyRow ordered = view.getStudies().get(view.getStudies().size() - 1);
      PageMessages.info(PageMessages.text("wu", "studies.ordered", ordered.number(), ordered.type().label()));
      orderType = null;
      orderLevels = null;
      orderedOn = ClinicTime.today();
    } catch (InvalidInputException e) {
      WorkupViolations.show("order", e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      refused(e);
    }
  }

  public void chooseResult(int number) {
    conflictText = null;
    result = view.study(number).map(s -> new StudyResultForm(s, ClinicTime.today())).orElse(null);
  }

  public void cancelResult() {
    result = null;
  }

  public void uploadReport(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String name = baseName(file.getFileName());
    byte[] content = file.getContent();
    Optional<String> problem = ReportCheck.problem(name, content, Attachment.maxBytes());
    if (problem.isPresent()) {
      PageMessages.fieldError("result:report", problem.get());
      return;
    }
    result.attach(name, content);
  }

  public void dropReport() {
    if (result != null) {
      result.dropReport();
    }
  }

  public void saveResult() {
    if (result == null) {
      return;
    }
    Optional<org.spinecase.domain.model.workup.StudyFindings> findings = build("result", () -> result.toFindings());
    if (findings.isEmpty()) {
      return;
    }
    try {
      DocumentUpload report = result.report() == null ? null : new DocumentUpload(result.getReportName(), result.report());
      view = workups.resultStudy(caseId, result.getNumber(), result.getVersion(), result.getResultedOn(),
          findings.get(), report);
      PageMessages.info(PageMessages.text("wu", "studies.resulted", result.getNumber(), result.getType().label()));
      result = null;
    } catch (StaleRecordException e) {
      view = workups.view(caseId);
      StudyRow current = view.study(result.getNumber()).orElse(null);
      PageMessages.error(PageMessages.text("wu", "conflict.study", result.getNumber()));
      if (current != null) {
        StudyResultForm kept = result;
        result = new StudyResultForm(current, ClinicTime.today());
        copyInput(kept, result);
      }
      FacesContext.getCurrentInstance().validationFailed();
    } catch (InvalidInputException e) {
      WorkupViolations.show("result", e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      refused(e);
    }
  }

  /** Keeps the typed findings on the current version of the study after a conflict. */
  private static void copyInput(StudyResultForm from, StudyResultForm to) {
    to.setResultedOn(from.getResultedOn());
    to.setPattern(from.getPattern());
    to.setCompression(from.getCompression());
    to.setFusionStatus(from.getFusionStatus());
    to.setScrewLucency(from.isScrewLucency());
    to.setCageSubsidence(from.isCageSubsidence());
    to.setTranslationMm(from.getTranslationMm());
    to.setAngulationDegrees(from.getAngulationDegrees());
    to.setPelvicIncidence(from.getPelvicIncidence());
    to.setLumbarLordosis(from.getLumbarLordosis());
    to.setSvaMm(from.getSvaMm());
    to.setEsr(from.getEsr());
    to.setCrp(from.getCrp());
    for (int i = 0; i < from.getRoots().size(); i++) {
      to.getRoots().get(i).setLeft(from.getRoots().get(i).getLeft());
      to.getRoots().get(i).setRight(from.getRoots().get(i).getRight());
    }
    if (from.report() != null) {
      to.attach(from.getReportName(), from.report());
    }
  }

  static String baseName(String submitted) {
    if (submitted == null || submitted.isBlank()) {
      return "report";
    }
    String name = submitted.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.isEmpty() ? "report" : name;
  }

  // ---- blocks ----

  public void newBlock() {
    conflictText = null;
    block = new BlockForm(ClinicTime.today());
  }

  public void editBlock(int number) {
    conflictText = null;
    block = view.block(number).map(BlockForm::of).orElse(null);
  }

  public void cancelBlock() {
    block = null;
  }

  public void blockChanged() {
    // Ajax: relief re-renders from the form
  }

  public void saveBlock() {
    if (block == null) {
      return;
    }
    Optional<org.spinecase.domain.model.workup.DiagnosticBlock> built = build("block", () -> block.toBlock());
    if (built.isEmpty()) {
      return;
    }
    try {
      if (block.isNew()) {
        view = workups.recordBlock(caseId, built.get());
      } else {
        view = workups.updateBlock(caseId, block.getNumber(), block.getVersion(), built.get());
      }
      BlockRow saved = block.isNew() ? view.getBlocks().get(view.getBlocks().size() - 1)
          : view.block(block.getNumber()).orElseThrow();
      PageMessages.info(PageMessages.text("wu", "blocks.saved", saved.number(), saved.getTargetLabel()));
      block = null;
    } catch (StaleRecordException e) {
      view = workups.view(caseId);
      PageMessages.error(PageMessages.text("wu", "conflict.block", block.getNumber()));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (InvalidInputException e) {
      WorkupViolations.show("block", e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      refused(e);
    }
  }

  // ---- signing and addenda ----

  public void sign() {
    conflictText = null;
    try {
      view = workups.sign(caseId);
      refreshCase();
      PageMessages.info(PageMessages.text("wu", "sign.done", caseFile.getStatus().label()));
      fill(section);
    } catch (InvalidInputException e) {
      view = workups.view(caseId);
      WorkupViolations.show("signing", e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      refused(e);
    }
  }

  public void addAddendum() {
    conflictText = null;
    try {
      WorkupSection concerns = addendumConcerns == null || addendumConcerns.isBlank()
          ? null : WorkupSection.valueOf(addendumConcerns);
      view = workups.addAddendum(caseId, concerns, addendumText);
      PageMessages.info(PageMessages.text("wu", "addendum.done"));
      addendumText = null;
    } catch (InvalidInputException e) {
      WorkupViolations.show("addendum", e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      refused(e);
    }
  }

  // ---- for the view ----

  public String getSaveLabel() {
    return PageMessages.text("wu", "save", section.label().toLowerCase(java.util.Locale.ROOT));
  }

  public SectionState getState() {
    return view.section(section).orElse(null);
  }

  /** The selected section may be changed now by this user (written, not signed). */
  public boolean isEditable() {
    SectionState state = getState();
    return state != null && state.mayWrite() && !view.isSigned();
  }

  public long getCompleteCount() {
    return view.getSections().stream().filter(SectionState::complete).count();
  }

  public int getSectionCount() {
    return WorkupSection.values().length;
  }

  /** The first few missing items of a section for the list; the panel shows them all. */
  public List<String> shortMissing(SectionState state) {
    return state.missing().size() <= 3 ? state.missing() : state.missing().subList(0, 3);
  }

  public int moreMissing(SectionState state) {
    return Math.max(0, state.missing().size() - 3);
  }

  public List<AddendumRow> addendaOf(WorkupSection which) {
    return view.getAddenda().stream().filter(a -> a.concerns() == null || a.concerns() == which).toList();
  }

  /** Red flag from the workup on a case in workup or ready for MDT: the urgent plan is due. */
  public boolean isUrgentPlanNeeded() {
    return caseFile.isUrgentPlanNeeded();
  }

  /** A surgeon or pain specialist on the care team: the sign button is theirs (enabled once nothing blocks). */
  public boolean isSigner() {
    return caseFile.activeMember(clinician.getUsername())
        .map(m -> m.getDiscipline() != null && m.getDiscipline().mayLead())
        .orElse(false);
  }

  public boolean isMayAddAddendum() {
    return view.isSigned() && clinician.isMayRecordOutcomes() && caseFile.hasActiveMember(clinician.getUsername());
  }

  public List<PriorSpineSurgery> getSurgeries() {
    return patient.getActiveSurgeries();
  }

  public ScoreRow latestScore(PsychosocialInstrument instrument) {
    return view.getPsychosocialScores().stream()
        .filter(s -> s.instrumentCode().equals(instrument.instrumentCode()))
        .findFirst().orElse(null);
  }

  public List<PsychosocialInstrument> getInstruments() {
    return List.of(PsychosocialInstrument.values());
  }

  /** Evidence the causes may cite: the studies and blocks by the workup's numbers. */
  public List<Option> getEvidenceOptions() {
    List<Option> options = new ArrayList<>();
    for (StudyRow s : view.getStudies()) {
      options.add(new Option("STUDY:" + s.number(), PageMessages.text("wu", "causes.studyOption", s.number(),
          s.type().label(), s.levels() == null ? "" : s.levels(),
          s.resultedOn() == null ? PageMessages.text("wu", "causes.notResulted") : calendar.date(s.resultedOn()))));
    }
    for (BlockRow b : view.getBlocks()) {
      options.add(new Option("BLOCK:" + b.number(), PageMessages.text("wu", "causes.blockOption", b.number(),
          b.getTargetLabel(), calendar.date(b.block().performedOn()))));
    }
    return options;
  }

  /** Post NRS and relief at one time point of a block, "2 (75 %)", or a dash. */
  public String reliefAt(BlockRow row, org.spinecase.domain.model.workup.ReadingTime time) {
    return row.reliefs().stream().filter(r -> r.time() == time).findFirst()
        .map(r -> r.postNrs() + " (" + Math.round(r.percent()) + " %)").orElse("—");
  }

  public String join(List<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  public String percent(Double value) {
    return value == null ? "—" : Math.round(value) + " %";
  }

  public String findings(StudyRow row) {
    return row.findings() == null ? "" : StudyText.describe(row.findings());
  }

  public String getCaseParam() {
    return caseParam;
  }

  public void setCaseParam(String caseParam) {
    this.caseParam = caseParam;
  }

  public String getSectionParam() {
    return sectionParam;
  }

  public void setSectionParam(String sectionParam) {
    this.sectionParam = sectionParam;
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

  public WorkupView getView() {
    return view;
  }

  public WorkupSection getSection() {
    return section;
  }

  public String getConflictText() {
    return conflictText;
  }

  public HistoryForm getHistory() {
    return history;
  }

  public RedFlagForm getRedFlags() {
    return redFlags;
  }

  public ExaminationForm getExam() {
    return exam;
  }

  public CausesForm getCauses() {
    return causes;
  }

  public Integer getWalkingMinutes() {
    return walkingMinutes;
  }

  public void setWalkingMinutes(Integer walkingMinutes) {
    this.walkingMinutes = walkingMinutes;
  }

  public Integer getSittingMinutes() {
    return sittingMinutes;
  }

  public void setSittingMinutes(Integer sittingMinutes) {
    this.sittingMinutes = sittingMinutes;
  }

  public String getFunctionText() {
    return functionText;
  }

  public void setFunctionText(String functionText) {
    this.functionText = functionText;
  }

  public String getPsychologyText() {
    return psychologyText;
  }

  public void setPsychologyText(String psychologyText) {
    this.psychologyText = psychologyText;
  }

  public Map<String, Boolean> getLinked() {
    return linked;
  }

  public String getSubstanceUse() {
    return substanceUse;
  }

  public void setSubstanceUse(String substanceUse) {
    this.substanceUse = ExaminationForm.blankToNull(substanceUse);
  }

  public String getPsychosocialExpectations() {
    return psychosocialExpectations;
  }

  public void setPsychosocialExpectations(String psychosocialExpectations) {
    this.psychosocialExpectations = psychosocialExpectations;
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

  public StudyResultForm getResult() {
    return result;
  }

  public BlockForm getBlock() {
    return block;
  }

  public String getAddendumConcerns() {
    return addendumConcerns;
  }

  public void setAddendumConcerns(String addendumConcerns) {
    this.addendumConcerns = addendumConcerns;
  }

  public String getAddendumText() {
    return addendumText;
  }

  public void setAddendumText(String addendumText) {
    this.addendumText = addendumText;
  }
}
