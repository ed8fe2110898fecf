package org.spinecase.domain.model.outcome;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * A validated questionnaire as data: its items and their answer ranges, the recall periods a rating
 * may refer to, subscales, bands of the total, licensing and the LOINC codes stored with each score
 * for a later FHIR export ({@code null} where docs/clinical-reference.md gives none).
 *
 * <p>An empty set of recall periods means the instrument fixes its own time frame in its text, so
 * no recall period is chosen at entry. {@code higherOfDoubleTicks} is set only for ODI, the one
 * instrument whose reference rule says what two ticked boxes mean (take the higher); elsewhere a
 * doubled answer is refused rather than scored by a rule nobody decided. {@code leadIn} is the
 * published sentence that introduces the items (PHQ-9, GAD-7), {@code null} where none ships.
 */
public record Instrument(
    String code,
    String name,
    String version,
    Licensing licensing,
    List<Item> items,
    Set<RecallPeriod> recallPeriods,
    List<Subscale> subscales,
    List<Band> bands,
    String loincPanel,
    String loincTotal,
    boolean higherOfDoubleTicks,
    String leadIn) {

  public Instrument {
    items = List.copyOf(items);
    recallPeriods = Set.copyOf(recallPeriods);
    subscales = List.copyOf(subscales);
    bands = List.copyOf(bands);
  }

  public int itemCount() {
    return items.size();
  }

  public Item item(int number) {
    if (number < 1 || number > items.size()) {
      throw new ClinicalRuleViolation("answers", code + " has no item " + number);
    }
    return items.get(number - 1);
  }

  /** The band a total falls into, or empty when the instrument has no bands. */
  public Optional<String> band(double total) {
    return bands.stream().filter(b -> total <= b.upTo()).map(Band::label).findFirst();
  }

  /** The item's text supplied by the clinic, else its neutral (or, if free, published) label. */
  public String label(int number, ItemText text, String language) {
    return text.item(code, number, language).orElse(item(number).label());
  }

  /** Refuses answers to items the instrument lacks, out of range, or doubled where not allowed. */
  public void check(Answers answers) {
    for (int number : answers.answered()) {
      Item item = item(number);
      Set<Integer> ticks = answers.ticks(number);
      if (ticks.size() > 1 && !higherOfDoubleTicks) {
        throw new ClinicalRuleViolation("answers", code + " item " + number + " has two answers");
      }
      for (int value : ticks) {
        if (!item.accepts(value)) {
          throw new ClinicalRuleViolation(
              "answers", code + " item " + number + " does not accept " + value);
        }
      }
    }
  }

  /** Whether a recall period must accompany a response to this instrument. */
  public boolean needsRecallPeriod() {
    return !recallPeriods.isEmpty();
  }
}
