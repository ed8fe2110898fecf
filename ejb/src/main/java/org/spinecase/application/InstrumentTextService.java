package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.Item;
import org.spinecase.domain.model.outcome.Licensing;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.infrastructure.persistence.InstrumentTextRepository;

/**
 * Takes in the licensed item text the clinic holds a licence for, per instrument and language,
 * replacing what was supplied before. Only texts the instrument has a place for are taken (item 0
 * is the lead-in); free instruments ship their own text and take none.
 */
@Stateless
@Interceptors(RuleViolationTranslator.class)
@RolesAllowed(Roles.ADMIN)
public class InstrumentTextService {

  public static final int TEXT_LENGTH = 2000;

  private static final String TEXT = "InstrumentText";

  @Inject private InstrumentTextRepository texts;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;

  /** Replaces the instrument's text in the language; returns how many texts were stored. */
  public int supply(String instrumentCode, String language, List<SuppliedText> supplied) {
    Instrument instrument =
        Scorings.instrument(instrumentCode)
            .orElseThrow(() -> new InvalidInputException("instrument", "Unknown instrument."));
    if (instrument.licensing() == Licensing.FREE) {
      throw new InvalidInputException(
          "instrument", instrument.name() + " is free and ships with its published text.");
    }
    String lang = FreeText.tidy(language);
    if (lang == null || !lang.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
      throw new InvalidInputException("language", "Give the language as a code such as en or de.");
    }
    if (supplied == null || supplied.isEmpty()) {
      throw new InvalidInputException("texts", "No text was supplied.");
    }
    List<InstrumentTextRepository.Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < supplied.size(); i++) {
      rows.add(checked(instrument, supplied.get(i), "texts[" + i + "]", seen));
    }
    int stored = texts.replace(instrument.code(), lang, rows, currentUser.username());
    auditTrail.record(AccessAction.UPDATE, AccessOutcome.ALLOWED, TEXT, null, null);
    return stored;
  }

  private static InstrumentTextRepository.Row checked(
      Instrument instrument, SuppliedText text, String field, Set<String> seen) {
    if (text == null) {
      throw new InvalidInputException(field, "Empty line.");
    }
    String tidied = FreeText.tidy(text.text());
    if (tidied == null) {
      throw new InvalidInputException(field, "The text is empty.");
    }
    if (tidied.length() > TEXT_LENGTH) {
      throw new InvalidInputException(field, "The text is longer than " + TEXT_LENGTH + " characters.");
    }
    int number = text.item();
    Integer option = text.optionValue();
    if (number == 0 && option != null) {
      throw new InvalidInputException(field, "The lead-in (item 0) has no answers.");
    }
    if (number < 0 || number > instrument.itemCount()) {
      throw new InvalidInputException(
          field, instrument.name() + " has no item " + number + ".");
    }
    if (option != null) {
      Item item = instrument.item(number);
      if (item.options().stream().noneMatch(o -> o.value() == option)) {
        throw new InvalidInputException(
            field, "Item " + number + " has no answer " + option + ".");
      }
    }
    if (!seen.add(number + "|" + option)) {
      throw new InvalidInputException(field, "Item " + number + " is supplied twice.");
    }
    return new InstrumentTextRepository.Row(number, option, tidied);
  }
}
