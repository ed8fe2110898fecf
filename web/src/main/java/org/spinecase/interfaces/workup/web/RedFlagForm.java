package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.spinecase.application.WorkupView;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.RedFlagSign;
import org.spinecase.domain.model.workup.TestResult;
import org.spinecase.interfaces.shared.web.PageMessages;

/**
 * The red-flag checklist as entered: each sign Yes, No or not asked (blank, never "no" by default).
 * Any Yes asks for the urgent plan at once.
 */
public class RedFlagForm implements SectionForm {

  private static final long serialVersionUID = 1L;

  /** One sign and its answer ("POSITIVE", "NEGATIVE" or null). */
  public static final class SignRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RedFlagSign sign;
    private String answer;

    SignRow(RedFlagSign sign) {
      this.sign = sign;
    }

    public String getKey() {
      return sign.name();
    }

    public String getLabel() {
      return sign.label();
    }

    public String getFlag() {
      return sign.flag().label();
    }

    public String getAnswer() {
      return answer;
    }

    public void setAnswer(String answer) {
      this.answer = ExaminationForm.blankToNull(answer);
    }

    public boolean isPositive() {
      return TestResult.POSITIVE.name().equals(answer);
    }
  }

  private final List<SignRow> signs = new ArrayList<>();
  private String urgentPlan;

  public RedFlagForm() {
    for (RedFlagSign sign : RedFlagSign.values()) {
      signs.add(new SignRow(sign));
    }
  }

  public void load(RedFlagChecklist checklist) {
    for (SignRow row : signs) {
      row.answer = checklist == null ? null : checklist.answer(row.sign).map(Enum::name).orElse(null);
    }
    urgentPlan = checklist == null ? null : checklist.urgentPlan().orElse(null);
  }

  public RedFlagChecklist toChecklist() {
    RedFlagChecklist checklist = RedFlagChecklist.unanswered();
    for (SignRow row : signs) {
      if (row.answer != null) {
        checklist = checklist.with(row.sign, TestResult.valueOf(row.answer));
      }
    }
    return urgentPlan == null || urgentPlan.isBlank() ? checklist : checklist.withUrgentPlan(urgentPlan);
  }

  @Override
  public RedFlagChecklist toContent(WorkupView view) {
    return toChecklist();
  }

  /** "No" for every sign not yet answered; answers given stay (the domain's rest-negative). */
  public void restNegative() {
    load(toChecklist().restNegative());
    PageMessages.info(PageMessages.text("wu", "redFlags.restNegativeDone"));
  }

  public boolean isAnyPositive() {
    return signs.stream().anyMatch(SignRow::isPositive);
  }

  public long getUnanswered() {
    return signs.stream().filter(s -> s.answer == null).count();
  }

  public List<SignRow> getSigns() {
    return signs;
  }

  public String getUrgentPlan() {
    return urgentPlan;
  }

  public void setUrgentPlan(String urgentPlan) {
    this.urgentPlan = urgentPlan;
  }
}
