package org.spinecase.domain.model.workup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * The psychosocial section: the four screening questionnaires, each a link to the outcome response
 * that holds the answers (by its id), the substance-use screen and the patient's expectations.
 * Complete when all four are linked and the substance-use screen is recorded.
 */
public record PsychosocialScreening(
    Map<PsychosocialInstrument, Long> responses,
    SubstanceUseScreen substanceUse,
    String expectations)
    implements SectionContent {

  public PsychosocialScreening {
    Map<PsychosocialInstrument, Long> copy = new EnumMap<>(PsychosocialInstrument.class);
    if (responses != null) {
      responses.forEach(
          (instrument, id) -> {
            if (instrument == null || id == null) {
              throw new ClinicalRuleViolation("responses", "Link a response to an instrument.");
            }
            copy.put(instrument, id);
          });
    }
    responses = Collections.unmodifiableMap(copy);
    expectations =
        FreeText.limited("expectations", "Expectations", FreeText.tidyBlock(expectations), 2000);
  }

  public static PsychosocialScreening none() {
    return new PsychosocialScreening(Map.of(), null, null);
  }

  public PsychosocialScreening linking(PsychosocialInstrument instrument, long responseId) {
    Map<PsychosocialInstrument, Long> changed = new EnumMap<>(PsychosocialInstrument.class);
    changed.putAll(responses);
    changed.put(instrument, responseId);
    return new PsychosocialScreening(changed, substanceUse, expectations);
  }

  public PsychosocialScreening withSubstanceUse(SubstanceUseScreen screen) {
    return new PsychosocialScreening(responses, screen, expectations);
  }

  @Override
  public WorkupSection section() {
    return WorkupSection.PSYCHOSOCIAL;
  }

  @Override
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (PsychosocialInstrument instrument : PsychosocialInstrument.values()) {
      if (!responses.containsKey(instrument)) {
        missing.add(instrument.label());
      }
    }
    if (substanceUse == null) {
      missing.add("substance-use screen");
    }
    return missing;
  }
}
