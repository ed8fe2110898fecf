package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One cause. Evidence as "STUDY:1", "BLOCK:2". */
public final class CauseRow implements Serializable {
  private static final long serialVersionUID = 1L;
  String cause;
  String levels;
  String side;
  List<String> basis = new ArrayList<>();
  List<String> evidence = new ArrayList<>();
  String certainty;
  String timing;
  boolean surgicallyAddressable;

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = ExaminationForm.blankToNull(cause);
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }

  public String getSide() {
    return side;
  }

  public void setSide(String side) {
    this.side = ExaminationForm.blankToNull(side);
  }

  public List<String> getBasis() {
    return basis;
  }

  public void setBasis(List<String> basis) {
    this.basis = basis == null ? new ArrayList<>() : new ArrayList<>(basis);
  }

  public List<String> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<String> evidence) {
    this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
  }

  public String getCertainty() {
    return certainty;
  }

  public void setCertainty(String certainty) {
    this.certainty = ExaminationForm.blankToNull(certainty);
  }

  public String getTiming() {
    return timing;
  }

  public void setTiming(String timing) {
    this.timing = ExaminationForm.blankToNull(timing);
  }

  public boolean isSurgicallyAddressable() {
    return surgicallyAddressable;
  }

  public void setSurgicallyAddressable(boolean surgicallyAddressable) {
    this.surgicallyAddressable = surgicallyAddressable;
  }

  boolean isBlank() {
    return cause == null && (levels == null || levels.isBlank()) && side == null && basis.isEmpty()
        && evidence.isEmpty() && certainty == null && timing == null;
  }
}
