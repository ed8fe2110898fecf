package org.spinecase.application;

import java.io.Serializable;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.referral.ReferralQuestion;

/**
 * What a worklist is narrowed to: text matching the patient's name or MRN, a case status (lists of
 * cases only; without one they show open cases), the referral question, and red flags only. Every
 * part is optional. Mutable, so that a page can bind to it.
 */
public class WorklistFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private String text;
  private CaseStatus status;
  private ReferralQuestion question;
  private Boolean redFlagOnly;

  public WorklistFilter() {}

  public WorklistFilter(
      String text, CaseStatus status, ReferralQuestion question, Boolean redFlagOnly) {
    this.text = text;
    this.status = status;
    this.question = question;
    this.redFlagOnly = redFlagOnly;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public ReferralQuestion getQuestion() {
    return question;
  }

  public void setQuestion(ReferralQuestion question) {
    this.question = question;
  }

  public Boolean getRedFlagOnly() {
    return redFlagOnly;
  }

  public void setRedFlagOnly(Boolean redFlagOnly) {
    this.redFlagOnly = redFlagOnly;
  }
}
