package org.spinecase.interfaces.outcome.web;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The answer to one item as the desktop form edits it: one value (a doubled ODI tick from paper
 * is kept as stored unless the clinician changes that item), and the value last saved, so that a
 * save sends only what changed and never clears what the tablet or another user entered.
 */
public final class ItemEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final FormView.ItemView item;
  private final boolean safetyItem;
  private Integer value;
  private Integer saved;
  private boolean doubled;

  ItemEntry(FormView.ItemView item, boolean safetyItem) {
    this.item = item;
    this.safetyItem = safetyItem;
  }

  /** Takes the stored ticks (the higher counts where two were ticked) as saved. */
  void load(Set<Integer> ticks) {
    value = ticks == null || ticks.isEmpty() ? null : ticks.stream().max(Integer::compare).orElse(null);
    saved = value;
    doubled = ticks != null && ticks.size() > 1;
  }

  void markSaved() {
    saved = value;
    doubled = false;
  }

  boolean isChanged() {
    return !Objects.equals(value, saved);
  }

  Set<Integer> ticks() {
    return value == null ? Set.of() : Set.of(value);
  }

  public FormView.ItemView getItem() {
    return item;
  }

  public int getNumber() {
    return item.getNumber();
  }

  public boolean isSafetyItem() {
    return safetyItem;
  }

  /** PHQ-9 item 9 answered above zero: the page warns at once, the save raises the alert. */
  public boolean isSafetyConcern() {
    return safetyItem && value != null && value > 0;
  }

  public boolean isDoubled() {
    return doubled;
  }

  public Integer getValue() {
    return value;
  }

  public void setValue(Integer value) {
    this.value = value;
  }
}
