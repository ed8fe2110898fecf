package org.spinecase.domain.model.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One number a response scored, a row of instrument_score: the total ({@link #TOTAL}) or a
 * subscale by its code, with the LOINC code a later FHIR export sends with it.
 */
@Embeddable
public class ScoreValue {

  public static final String TOTAL = "total";

  @Column(name = "name", nullable = false, length = 40)
  private String name;

  @Column(name = "value", nullable = false)
  private double value;

  @Column(name = "loinc", length = 20)
  private String loinc;

  protected ScoreValue() {}

  ScoreValue(String name, double value, String loinc) {
    this.name = name;
    this.value = value;
    this.loinc = loinc;
  }

  public String getName() {
    return name;
  }

  public double getValue() {
    return value;
  }

  public String getLoinc() {
    return loinc;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreValue s
        && s.name.equals(name)
        && s.value == value
        && Objects.equals(s.loinc, loinc);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, loinc);
  }
}
