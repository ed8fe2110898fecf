package org.spinecase.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.spinecase.domain.model.outcome.AnswerOption;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.Instruments;
import org.spinecase.domain.model.outcome.Item;
import org.spinecase.domain.model.outcome.ItemText;
import org.spinecase.domain.model.outcome.Licensing;
import org.spinecase.infrastructure.persistence.InstrumentTextRepository;

/**
 * Builds the instruments as entry pages show them: the clinic's supplied text over the neutral
 * labels, one statement for all instruments of a language. Item 0 of the supplied text is the
 * lead-in, else the published one the instrument ships (PHQ-9, GAD-7); none is ever invented.
 */
@Dependent
class InstrumentForms {

  static final String DEFAULT_LANGUAGE = "en";

  @Inject private InstrumentTextRepository texts;

  List<InstrumentForm> all(String language) {
    String lang = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.trim();
    ItemText supplied = texts.inLanguage(lang);
    return Instruments.ALL.stream().map(i -> form(i, supplied, lang)).toList();
  }

  private static InstrumentForm form(Instrument instrument, ItemText supplied, String language) {
    String code = instrument.code();
    List<ItemForm> items = new ArrayList<>();
    boolean allStemsSupplied = true;
    for (Item item : instrument.items()) {
      allStemsSupplied &= supplied.item(code, item.number(), language).isPresent();
      List<OptionForm> options =
          item.options().stream().map(o -> option(code, item, o, supplied, language)).toList();
      items.add(
          new ItemForm(
              item.number(),
              instrument.label(item.number(), supplied, language),
              item.min(),
              item.max(),
              options));
    }
    boolean licensed = instrument.licensing() == Licensing.LICENSED;
    return new InstrumentForm(
        code,
        instrument.name(),
        instrument.version(),
        licensed,
        !licensed || allStemsSupplied,
        supplied.item(code, 0, language).orElse(instrument.leadIn()),
        items,
        instrument.recallPeriods().stream().sorted().toList());
  }

  private static OptionForm option(
      String code, Item item, AnswerOption option, ItemText supplied, String language) {
    return new OptionForm(
        option.value(),
        supplied.option(code, item.number(), option.value(), language).orElse(option.label()));
  }
}
