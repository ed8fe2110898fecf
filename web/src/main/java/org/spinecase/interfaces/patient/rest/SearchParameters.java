package org.spinecase.interfaces.patient.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientSearch;
import org.spinecase.application.PatientService;
import org.spinecase.application.PatientSort;

/**
 * The query of GET /patients, checked as a whole. Taken as text rather than typed parameters
 * because JAX-RS answers a badly typed query parameter with 404, where the client deserves a 400
 * naming the parameter.
 */
record SearchParameters(PatientSearch criteria, int first, int max, PatientSort sort, boolean ascending) {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  static SearchParameters parse(String q, String dob, String first, String max, String sort, String asc) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate dateOfBirth = date("dob", dob, violations);
    int from = number("first", first, 0, 0, Integer.MAX_VALUE, violations);
    int size = number("max", max, 25, 1, PatientService.MAX_PAGE_SIZE, violations);
    PatientSort order = sort("sort", sort, violations);
    boolean ascending = bool("asc", asc, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String text = q == null || q.isBlank() ? null : q.strip();
    return new SearchParameters(new PatientSearch(text, dateOfBirth), from, size, order, ascending);
  }

  private static LocalDate date(String name, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), ISO_DATE);
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(name, "Date of birth must be a date as yyyy-MM-dd, e.g. 1968-03-21."));
      return null;
    }
  }

  private static int number(
      String name, String value, int byDefault, int min, int max, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return byDefault;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, like a number out of range
    }
    violations.add(
        new FieldViolation(
            name,
            max == Integer.MAX_VALUE
                ? name + " must be a whole number from " + min + "."
                : name + " must be a whole number from " + min + " to " + max + "."));
    return byDefault;
  }

  /** mrn, name, dateOfBirth or changedAt; the enum's own names are accepted as well. */
  private static PatientSort sort(String name, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return PatientSort.NAME;
    }
    String key = value.strip().replace("_", "").toLowerCase(Locale.ROOT);
    return switch (key) {
      case "mrn" -> PatientSort.MRN;
      case "name" -> PatientSort.NAME;
      case "dateofbirth", "dob" -> PatientSort.DATE_OF_BIRTH;
      case "changedat" -> PatientSort.CHANGED_AT;
      default -> {
        violations.add(new FieldViolation(name, "sort must be one of mrn, name, dateOfBirth, changedAt."));
        yield PatientSort.NAME;
      }
    };
  }

  private static boolean bool(String name, String value, List<FieldViolation> violations) {
    if (value == null || value.isBlank() || "true".equalsIgnoreCase(value.strip())) {
      return true;
    }
    if ("false".equalsIgnoreCase(value.strip())) {
      return false;
    }
    violations.add(new FieldViolation(name, name + " must be true or false."));
    return true;
  }
}
