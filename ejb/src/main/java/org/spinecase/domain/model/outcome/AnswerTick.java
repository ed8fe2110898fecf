package org.spinecase.domain.model.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One ticked value of one item, a row of instrument_answer; two rows for a doubled ODI tick. */
@Embeddable
public class AnswerTick {

  @Column(name = "item_number", nullable = false)
  private int itemNumber;

  @Column(name = "value", nullable = false)
  private int value;

  protected AnswerTick() {}

  AnswerTick(int itemNumber, int value) {
    this.itemNumber = itemNumber;
    this.value = value;
  }

  public int getItemNumber() {
    return itemNumber;
  }

  public int getValue() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerTick t && t.itemNumber == itemNumber && t.value == value;
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemNumber, value);
  }
}
