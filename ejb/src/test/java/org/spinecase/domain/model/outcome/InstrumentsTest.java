package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentsTest {

  @ParameterizedTest
  @CsvSource({
    "NRS-BACK, 1, FREE, , 72514-3",
    "NRS-LEG, 1, FREE, , 72514-3",
    "ODI, 10, LICENSED, 97908-8, 97909-6",
    "PHQ-9, 9, FREE, 44249-1, 44261-6",
    "GAD-7, 7, FREE, 69737-5, 70274-6",
    "PCS, 13, LICENSED, , ",
    "STarT-Back, 9, LICENSED, 91349-1, 91351-7",
    "EQ-5D-5L, 6, LICENSED, , ",
    "COMI-back, 7, LICENSED, , "
  })
  void definesEachInstrument(
      String code, int items, Licensing licensing, String panel, String total) {
    Instrument instrument = find(code);
    assertEquals(items, instrument.itemCount());
    assertEquals(licensing, instrument.licensing());
    assertEquals(panel, instrument.loincPanel());
    assertEquals(total, instrument.loincTotal());
  }

  @Test
  void licensedInstrumentsCarryOnlyNeutralLabels() {
    for (Instrument instrument : Instruments.ALL) {
      if (instrument.licensing() == Licensing.LICENSED) {
        for (Item item : instrument.items()) {
          assertTrue(
              item.label().matches("[A-Za-z0-9 -]+ (item|section|dimension) \\d+|EQ VAS"),
              item.label());
          item.options()
              .forEach(o -> assertTrue(o.label().matches("(Answer option )?\\d+"), o.label()));
        }
      }
    }
    assertEquals("ODI section 1", Instruments.ODI.item(1).label());
    assertEquals("Answer option 0", Instruments.ODI.item(1).options().get(0).label());
  }

  @Test
  void freeInstrumentsShipTheirPublishedText() {
    assertEquals("Little interest or pleasure in doing things", Instruments.PHQ9.item(1).label());
    assertEquals(
        "Thoughts that you would be better off dead or of hurting yourself in some way",
        Instruments.PHQ9.item(9).label());
    assertEquals("Feeling afraid as if something awful might happen", Instruments.GAD7.item(7).label());
    assertEquals("Nearly every day", Instruments.GAD7.item(1).options().get(3).label());
    assertTrue(Instruments.PHQ9.leadIn().startsWith("Over the last 2 weeks"));
    assertEquals(
        "10 - Pain as bad as you can imagine",
        Instruments.NRS_LEG.item(1).options().get(10).label());
  }

  @Test
  void onlyPainRatingsAskForARecallPeriod() {
    assertEquals(5, Instruments.NRS_BACK.recallPeriods().size());
    assertTrue(Instruments.NRS_LEG.needsRecallPeriod());
    assertFalse(Instruments.ODI.needsRecallPeriod());
  }

  @Test
  void clinicSuppliedTextReplacesTheNeutralLabel() {
    ItemText supplied =
        new ItemText() {
          @Override
          public Optional<String> item(String instrument, int item, String language) {
            return instrument.equals("ODI") && language.equals("en")
                ? Optional.of("Licensed text")
                : Optional.empty();
          }

          @Override
          public Optional<String> option(String instrument, int item, int value, String language) {
            return Optional.empty();
          }
        };
    assertEquals("Licensed text", Instruments.ODI.label(1, supplied, "en"));
    assertEquals("ODI section 1", Instruments.ODI.label(1, supplied, "de"));
    assertEquals("ODI section 1", Instruments.ODI.label(1, ItemText.NONE, "en"));
  }

  @Test
  void distressSubscaleCarriesItsLoincCode() {
    assertEquals("91350-9", Instruments.START_BACK.subscales().get(0).loinc());
  }

  private static Instrument find(String code) {
    return Instruments.ALL.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }
}
