package org.spinecase.interfaces.outcome.web;

import java.io.Serializable;
import java.util.List;
import org.spinecase.application.InstrumentForm;
import org.spinecase.application.ItemForm;
import org.spinecase.application.OptionForm;
import org.spinecase.domain.model.outcome.RecallPeriod;

/**
 * An instrument as the entry pages show it, copied from the service's {@link InstrumentForm} into
 * a serializable form the view scope can keep: items with their labels (the clinic's supplied
 * text, the published text of free instruments, or neutral labels) and their answer options.
 */
public final class FormView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String name;
  private final String version;
  private final boolean licensed;
  private final boolean textSupplied;
  private final String leadIn;
  private final List<ItemView> items;
  private final List<RecallPeriod> recallPeriods;

  FormView(InstrumentForm form) {
    this.code = form.code();
    this.name = form.name();
    this.version = form.version();
    this.licensed = form.licensed();
    this.textSupplied = form.textSupplied();
    this.leadIn = form.leadIn();
    this.items = form.items().stream().map(ItemView::new).toList();
    this.recallPeriods = List.copyOf(form.recallPeriods());
  }

  /** One question. */
  public static final class ItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final String label;
    private final int min;
    private final int max;
    private final List<Choice> options;

    ItemView(ItemForm item) {
      this.number = item.number();
      this.label = item.label();
      this.min = item.min();
      this.max = item.max();
      this.options = item.options().stream().map(Choice::new).toList();
    }

    public int getNumber() {
      return number;
    }

    public String getLabel() {
      return label;
    }

    public int getMin() {
      return min;
    }

    public int getMax() {
      return max;
    }

    public List<Choice> getOptions() {
      return options;
    }

    /** A numeric scale (EQ VAS) rather than a list of answers. */
    public boolean isScale() {
      return options.isEmpty();
    }

    public String labelOf(Integer value) {
      if (value == null) {
        return null;
      }
      return options.stream()
          .filter(o -> o.getValue() == value)
          .map(Choice::getLabel)
          .findFirst()
          .orElse(String.valueOf(value));
    }
  }

  /** One answer an item offers. */
  public static final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int value;
    private final String label;

    Choice(OptionForm option) {
      this.value = option.value();
      this.label = option.label();
    }

    public int getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getVersion() {
    return version;
  }

  public boolean isLicensed() {
    return licensed;
  }

  public boolean isTextSupplied() {
    return textSupplied;
  }

  /** Licensed text not supplied yet: the items carry neutral labels. */
  public boolean isNeutralLabels() {
    return licensed && !textSupplied;
  }

  public String getLeadIn() {
    return leadIn;
  }

  public List<ItemView> getItems() {
    return items;
  }

  public List<RecallPeriod> getRecallPeriods() {
    return recallPeriods;
  }

  public boolean isNeedsRecallPeriod() {
    return !recallPeriods.isEmpty();
  }

  public int getItemCount() {
    return items.size();
  }

  public ItemView item(int number) {
    return items.stream().filter(i -> i.getNumber() == number).findFirst().orElseThrow();
  }

  /** PHQ-9 item 9: a non-zero answer raises a safety alert on the case. */
  public boolean isSafetyItem(int number) {
    return OutcomeTerms.PHQ9.equals(code) && number == 9;
  }
}
