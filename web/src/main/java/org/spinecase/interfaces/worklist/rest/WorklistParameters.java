package org.spinecase.interfaces.worklist.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistService;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistSort;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.ReferralQuestion;

/**
 * The query of GET /worklists/{list}, checked as a whole and taken as text, so that a badly typed
 * parameter is a 400 naming it rather than the runtime's 404. Codes are accepted in the enum's
 * spelling or in lower case with hyphens ("triage-queue", "ready-for-mdt").
 */
record WorklistParameters(
    WorklistFilter filter, int first, int max, WorklistSort sort, boolean ascending) {

  static WorklistParameters parse(
      String q, String status, String question, String red, String first, String max, String sort, String asc) {
    List<FieldViolation> violations = new ArrayList<>();
    CaseStatus caseStatus = code("status", status, CaseStatus.class, violations);
    ReferralQuestion referralQuestion = code("question", question, ReferralQuestion.class, violations);
    Boolean redFlagOnly = bool("red", red, null, violations);
    int from = number("first", first, 0, 0, Integer.MAX_VALUE, violations);
    int size = number("max", max, 25, 1, WorklistService.MAX_PAGE_SIZE, violations);
    WorklistSort order = sort == null || sort.isBlank()
        ? WorklistSort.WAITING
        : code("sort", sort, WorklistSort.class, violations);
    Boolean ascending = bool("asc", asc, Boolean.FALSE, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String text = q == null || q.isBlank() ? null : q.strip();
    return new WorklistParameters(
        new WorklistFilter(text, caseStatus, referralQuestion, Boolean.TRUE.equals(redFlagOnly) ? Boolean.TRUE : null),
        from,
        size,
        order == null ? WorklistSort.WAITING : order,
        Boolean.TRUE.equals(ascending));
  }

  /** The list named in the path, or null when there is no such list. */
  static Worklist list(String name) {
    return constant(name, Worklist.class);
  }

  private static <E extends Enum<E>> E code(String name, String value, Class<E> type, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    E constant = constant(value, type);
    if (constant == null) {
      violations.add(new FieldViolation(name, name + " must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }
    return constant;
  }

  private static <E extends Enum<E>> E constant(String value, Class<E> type) {
    String key = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(key)).findFirst().orElse(null);
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
    violations.add(new FieldViolation(name, max == Integer.MAX_VALUE
        ? name + " must be a whole number from " + min + "."
        : name + " must be a whole number from " + min + " to " + max + "."));
    return byDefault;
  }

  private static Boolean bool(String name, String value, Boolean byDefault, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return byDefault;
    }
    if ("true".equalsIgnoreCase(value.strip())) {
      return true;
    }
    if ("false".equalsIgnoreCase(value.strip())) {
      return false;
    }
    violations.add(new FieldViolation(name, name + " must be true or false."));
    return byDefault;
  }
}
