package org.spinecase.interfaces.workup.rest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.interfaces.shared.rest.Codes;

/**
 * Reading one request body into the workup's domain objects while collecting every problem under
 * the JSON field the client sent ("medications[0].amount", "power.L4.left"), so that one 400 lists
 * all of them. The domain's own rules (ranges, required values) are what decides; their refusals
 * are renamed here from the domain's field names to the JSON's.
 */
final class Input {

  private final List<FieldViolation> violations = new ArrayList<>();

  List<FieldViolation> violations() {
    return violations;
  }

  void add(String field, String message) {
    violations.add(new FieldViolation(field, message));
  }

  <E extends Enum<E>> E code(Class<E> type, String code, String field) {
    return Codes.parse(type, code, field, violations);
  }

  <E extends Enum<E>> E requiredCode(Class<E> type, String code, String field) {
    if (code == null || code.isBlank()) {
      add(field, "Required.");
      return null;
    }
    return code(type, code, field);
  }

  /** The codes of a list, each refused by its index ("goals[2]"); null for an absent list. */
  <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> codes, String field) {
    Set<E> read = EnumSet.noneOf(type);
    if (codes == null) {
      return read;
    }
    for (int i = 0; i < codes.size(); i++) {
      E constant = code(type, codes.get(i), field + "[" + i + "]");
      if (constant != null) {
        read.add(constant);
      }
    }
    return read;
  }

  /** Makes a domain object; a refusal is reported under {@code field} whatever the domain calls it. */
  <T> T make(String field, Supplier<T> make) {
    try {
      return make.get();
    } catch (ClinicalRuleViolation refused) {
      add(field, refused.getMessage());
      return null;
    }
  }

  /**
   * Makes a domain object; a refusal is reported under {@code prefix} plus the JSON name of the
   * domain's field (from {@code rename}; null keeps the prefix alone).
   */
  <T> T make(String prefix, Function<String, String> rename, Supplier<T> make) {
    try {
      return make.get();
    } catch (ClinicalRuleViolation refused) {
      String leaf = refused.getField() == null ? null : rename.apply(refused.getField());
      add(join(prefix, leaf), refused.getMessage());
      return null;
    }
  }

  static Function<String, String> renaming(Map<String, String> names) {
    return field -> names.getOrDefault(field, field);
  }

  static String join(String prefix, String leaf) {
    if (prefix == null || prefix.isEmpty()) {
      return leaf;
    }
    return leaf == null || leaf.isEmpty() ? prefix : prefix + "." + leaf;
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
