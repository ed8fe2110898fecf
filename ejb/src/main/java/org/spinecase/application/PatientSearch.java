package org.spinecase.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a clinician typed into the patient search: part of a name (case and accents ignored) or an
 * MRN, and optionally a date of birth. Mutable, so that a search page can bind to it.
 */
public class PatientSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  private String text;
  private LocalDate dateOfBirth;

  public PatientSearch() {}

  public PatientSearch(String text, LocalDate dateOfBirth) {
    this.text = text;
    this.dateOfBirth = dateOfBirth;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }
}
