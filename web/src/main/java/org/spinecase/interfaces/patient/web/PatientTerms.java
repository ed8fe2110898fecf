package org.spinecase.interfaces.patient.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.spinecase.application.PatientSummary;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;
import org.spinecase.domain.model.patient.SpineProcedure;
import org.spinecase.domain.model.patient.SurgicalApproach;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * Patient data in the clinic's words for views: coded values by their labels, never constants;
 * a missing answer as "Not recorded", never as an empty cell that could be read as "no".
 *
 * <p>One {@code label(Object)} rather than an overload per enum: EL cannot choose between
 * overloads when the value is null.
 */
@Named("terms")
@ApplicationScoped
public class PatientTerms {

  public String label(Object coded) {
    if (coded instanceof Sex sex) {
      return sex.label();
    }
    if (coded instanceof SmokingStatus smoking) {
      return smoking.label();
    }
    if (coded instanceof DiabetesStatus diabetes) {
      return diabetes.label();
    }
    if (coded instanceof SpineProcedure procedure) {
      return procedure.label();
    }
    if (coded instanceof SurgicalApproach approach) {
      return approach.label();
    }
    return coded == null ? notRecorded() : coded.toString();
  }

  public String yesNo(Boolean answer) {
    if (answer == null) {
      return notRecorded();
    }
    return PageMessages.text("pt", answer ? "choice.yes" : "choice.no");
  }

  public String orNotRecorded(Object value) {
    return value == null || value.toString().isBlank() ? notRecorded() : value.toString();
  }

  public String language(String code) {
    return code == null ? notRecorded() : languageName(code, Locale.ENGLISH);
  }

  /** "FAMILY, Given", as {@code Patient.getDisplayName()} writes it, for list rows. */
  public String displayName(PatientSummary patient) {
    return patient.familyName().toUpperCase(Locale.ROOT) + ", " + patient.givenName();
  }

  /** Whether the banner shows a diabetes chip: a known diabetes, not "none" or "unknown". */
  public boolean hasDiabetes(DiabetesStatus status) {
    return status == DiabetesStatus.TYPE_1
        || status == DiabetesStatus.TYPE_2
        || status == DiabetesStatus.OTHER;
  }

  static String languageName(String code, Locale in) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(in);
    return name.isBlank() || name.equals(code) ? code : name;
  }

  private static String notRecorded() {
    return PageMessages.text("pt", "choice.notRecorded");
  }
}
