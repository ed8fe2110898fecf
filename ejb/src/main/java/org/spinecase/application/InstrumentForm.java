package org.spinecase.application;

import java.io.Serializable;
import java.util.List;
import org.spinecase.domain.model.outcome.RecallPeriod;

/**
 * An instrument as an entry page shows it, in one language: the clinic's licensed text where it
 * supplied it, else neutral labels ({@code textSupplied} false), so a page can say that the text is
 * missing rather than show a made-up one.
 */
public record InstrumentForm(
    String code,
    String name,
    String version,
    boolean licensed,
    boolean textSupplied,
    String leadIn,
    List<ItemForm> items,
    List<RecallPeriod> recallPeriods)
    implements Serializable {

  public InstrumentForm {
    items = List.copyOf(items);
    recallPeriods = List.copyOf(recallPeriods);
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

  public String getLeadIn() {
    return leadIn;
  }

  public List<ItemForm> getItems() {
    return items;
  }

  public List<RecallPeriod> getRecallPeriods() {
    return recallPeriods;
  }

  /** Whether a recall period must be chosen when starting a response. */
  public boolean isRecallNeeded() {
    return !recallPeriods.isEmpty();
  }
}
