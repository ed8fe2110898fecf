package org.spinecase.interfaces.workup.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.spinecase.application.BreakGlassService;
import org.spinecase.application.CaseService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientService;
import org.spinecase.application.StaleRecordException;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.IllegalTransitionException;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.security.BreakGlassGrant;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.web.ClinicCalendar;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * workup/edit.xhtml?case=[&section=]: the second-opinion workup of a case, section by section.
 * The left column lists the sections with what each still misses; the selected section is its own
 * form and saves on its own, on the version of that section the page showed. Input stays in the
 * form when the domain refuses it or someone else saved the section meanwhile (the conflict says
 * who; the next save applies this user's input over theirs). Every clinical rule is the domain's.
 * Studies, blocks, signing and addenda are their own view-scoped beans ({@link StudyOrders},
 * {@link StudyResults}, {@link DiagnosticBlocks}, {@link WorkupSigning}, {@link Addenda}); they
 * change the workup through {@link #change} so that refusals show the same way everywhere.
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

  private Serializable form;

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
    form = SectionForms.open(which, state.map(SectionState::content).orElse(null), view);
  }

  // ---- saving ----

  /** The save button of the selected section (the examination saves through its own checks). */
  public void saveSection() {
    build(formOf(section), () -> ((SectionForm) form).toContent(view)).ifPresent(this::save);
  }

  /** The domain object of a form, or empty with the refusal shown (the input stays). */
  public <T> Optional<T> build(String formId, Supplier<T> builder) {
    conflictText = null;
    try {
      return Optional.of(builder.get());
    } catch (ClinicalRuleViolation e) {
      WorkupViolations.show(formId, e);
      return Optional.empty();
    }
  }

  /** Saves a section on the version the page showed; a conflict keeps the input (see {@link #conflict}). */
  public void save(SectionContent content) {
    WorkupSection which = content.section();
    change(formOf(which), () -> workups.saveSection(caseId, content, versions.getOrDefault(which, -1L)),
        e -> conflict(which), () -> {
          refreshCase();
          fill(which);
          SectionState state = view.section(which).orElseThrow();
          PageMessages.info(state.complete()
              ? PageMessages.text("wu", "saved.complete", which.label(), calendar.time(state.savedAt()))
              : PageMessages.text("wu", "saved.incomplete", which.label(), calendar.time(state.savedAt()),
                  state.missing().size()));
        });
  }

  /**
   * Changes the workup and shows the new view, then runs {@code done}. A refusal of the input shows
   * on the form {@code formId}; a conflict goes to {@code onStale} (when null it is not expected
   * and propagates); a refused transition or access reloads the view and shows the reason.
   */
  public void change(String formId, Supplier<WorkupView> call, Consumer<StaleRecordException> onStale,
      Runnable done) {
    try {
      view = call.get();
      done.run();
    } catch (StaleRecordException e) {
      if (onStale == null) {
        throw e;
      }
      onStale.accept(e);
    } catch (InvalidInputException e) {
      WorkupViolations.show(formId, e.getViolations());
    } catch (IllegalTransitionException | EJBAccessException e) {
      view = workups.view(caseId);
      PageMessages.error(e.getMessage() == null ? PageMessages.text("wu", "refused") : e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
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
    reload();
    SectionState current = view.section(which).orElse(null);
    versions.put(which, current == null ? -1L : current.version());
    conflictText = current == null || current.savedAt() == null
        ? PageMessages.text("wu", "conflict.generic")
        : PageMessages.text("wu", "conflict.section", current.savedBy(), calendar.dateTime(current.savedAt()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Reads the workup again, as it is saved now. */
  public void reload() {
    view = workups.view(caseId);
  }

  public void clearConflict() {
    conflictText = null;
  }

  /** After signing: the case moved on and the selected section's form shows what is signed. */
  public void refreshAfterSigning() {
    refreshCase();
    fill(section);
  }

  private void refreshCase() {
    caseFile = cases.get(caseId);
  }

  // ---- for the view ----

  public String getSaveLabel() {
    return PageMessages.text("wu", "save", section.label().toLowerCase(Locale.ROOT));
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

  /** The form of the selected section ({@code null} for studies and blocks). */
  public Serializable getForm() {
    return form;
  }
}
