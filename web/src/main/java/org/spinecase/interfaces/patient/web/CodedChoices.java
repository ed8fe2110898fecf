package org.spinecase.interfaces.patient.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgicalApproach;

/**
 * The coded lists the patient forms offer, straight from the domain's enums, so that a new code
 * appears in every form at once and nothing the clinic will count is typed as free text.
 */
@Named("codes")
@ApplicationScoped
public class CodedChoices {

  private final Map<Locale, List<SelectItem>> languages = new ConcurrentHashMap<>();

  public List<Sex> getSexes() {
    return List.of(Sex.values());
  }

  public List<SmokingStatus> getSmokingStatuses() {
    return List.of(SmokingStatus.values());
  }

  public List<DiabetesStatus> getDiabetesStatuses() {
    return List.of(DiabetesStatus.values());
  }

  public List<SpineProcedure> getProcedures() {
    return List.of(SpineProcedure.values());
  }

  public List<SurgicalApproach> getApproaches() {
    return List.of(SurgicalApproach.values());
  }

  /** ISO 639-1 languages by their name in the user's language ("German"), value "de". */
  public List<SelectItem> getLanguages() {
    return languages.computeIfAbsent(viewLocale(), CodedChoices::languagesIn);
  }

  private static List<SelectItem> languagesIn(Locale locale) {
    return Arrays.stream(Locale.getISOLanguages())
        .map(code -> new SelectItem(code, PatientTerms.languageName(code, locale)))
        .sorted(Comparator.comparing(SelectItem::getLabel, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private static Locale viewLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Locale.ENGLISH
        : context.getViewRoot().getLocale();
  }
}
