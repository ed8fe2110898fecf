package org.spinecase.domain.model.workup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * The red-flag checklist: every sign answered positive or negative, never left blank by default,
 * because an unasked question must not read as "no red flag".
 *
 * <p>Any positive sign marks the case at once ({@link #positiveFlags()}); the section is then
 * complete only with an urgent plan written down, so nobody can finish the workup past a red flag
 * without saying what happens next.
 */
public final class RedFlagChecklist implements SectionContent {

  private final Map<RedFlagSign, TestResult> answers;
  private final String urgentPlan;

  private RedFlagChecklist(Map<RedFlagSign, TestResult> answers, String urgentPlan) {
    EnumMap<RedFlagSign, TestResult> copy = new EnumMap<>(RedFlagSign.class);
    copy.putAll(answers);
    this.answers = Collections.unmodifiableMap(copy);
    this.urgentPlan = urgentPlan;
  }

  public static RedFlagChecklist unanswered() {
    return new RedFlagChecklist(Map.of(), null);
  }

  public RedFlagChecklist with(RedFlagSign sign, TestResult result) {
    if (sign == null || result == null) {
      throw new ClinicalRuleViolation(
          "redFlag", "A red-flag answer needs the sign and the answer.");
    }
    Map<RedFlagSign, TestResult> changed = new EnumMap<>(RedFlagSign.class);
    changed.putAll(answers);
    changed.put(sign, result);
    return new RedFlagChecklist(changed, urgentPlan);
  }

  /** Answers every sign not yet answered as negative; answered signs stay as they are. */
  public RedFlagChecklist restNegative() {
    Map<RedFlagSign, TestResult> changed = new EnumMap<>(RedFlagSign.class);
    for (RedFlagSign sign : RedFlagSign.values()) {
      changed.put(sign, answers.getOrDefault(sign, TestResult.NEGATIVE));
    }
    return new RedFlagChecklist(changed, urgentPlan);
  }

  public RedFlagChecklist withUrgentPlan(String plan) {
    return new RedFlagChecklist(
        answers, FreeText.limited("urgentPlan", "Urgent plan", FreeText.tidyBlock(plan), 2000));
  }

  public Optional<TestResult> answer(RedFlagSign sign) {
    return Optional.ofNullable(answers.get(sign));
  }

  public Optional<String> urgentPlan() {
    return Optional.ofNullable(urgentPlan);
  }

  /** A positive sign with no urgent plan written yet: the case owes the plan. */
  public boolean owesUrgentPlan() {
    return anyPositive() && urgentPlan == null;
  }

  public boolean anyPositive() {
    return answers.containsValue(TestResult.POSITIVE);
  }

  /** The red flags the case must show, from the positive signs. */
  public Set<RedFlag> positiveFlags() {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    answers.forEach(
        (sign, result) -> {
          if (result.isPositive()) {
            flags.add(sign.flag());
          }
        });
    return flags;
  }

  @Override
  public WorkupSection section() {
    return WorkupSection.RED_FLAGS;
  }

  @Override
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (RedFlagSign sign : RedFlagSign.values()) {
      if (!answers.containsKey(sign)) {
        missing.add(sign.label());
      }
    }
    if (anyPositive() && urgentPlan == null) {
      missing.add("urgent plan for the positive red flag");
    }
    return missing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RedFlagChecklist checklist
        && answers.equals(checklist.answers)
        && java.util.Objects.equals(urgentPlan, checklist.urgentPlan);
  }

  @Override
  public int hashCode() {
    return answers.hashCode();
  }
}
