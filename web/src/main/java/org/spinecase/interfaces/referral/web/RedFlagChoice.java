package org.spinecase.interfaces.referral.web;

import java.io.Serializable;
import org.spinecase.domain.model.referral.RedFlag;

/** One line of the red-flag checklist: the flag and whether the referral reports it. */
public class RedFlagChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private final RedFlag flag;
  private boolean ticked;

  RedFlagChoice(RedFlag flag) {
    this.flag = flag;
  }

  public RedFlag getFlag() {
    return flag;
  }

  public boolean isTicked() {
    return ticked;
  }

  public void setTicked(boolean ticked) {
    this.ticked = ticked;
  }
}
