package org.spinecase.domain.model.workup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The opioids whose dose can be converted to morphine milligram equivalents: exactly those of the
 * CDC 2022 table held by {@link OpioidConversion}. Oral doses in mg per day, except transdermal
 * fentanyl, whose patch is prescribed in micrograms per hour.
 *
 * <p>An opioid not listed here (buprenorphine, pethidine, parenteral routes, ...) has no factor in
 * that table and is refused by {@link #named(String)} rather than converted by a guess.
 */
public enum Opioid {
  MORPHINE("Morphine", DoseUnit.MG),
  HYDROCODONE("Hydrocodone", DoseUnit.MG),
  OXYCODONE("Oxycodone", DoseUnit.MG),
  OXYMORPHONE("Oxymorphone", DoseUnit.MG),
  HYDROMORPHONE("Hydromorphone", DoseUnit.MG),
  CODEINE("Codeine", DoseUnit.MG),
  TRAMADOL("Tramadol", DoseUnit.MG),
  TAPENTADOL("Tapentadol", DoseUnit.MG),
  METHADONE("Methadone", DoseUnit.MG),
  FENTANYL_TRANSDERMAL("Fentanyl transdermal", DoseUnit.MCG_PER_HOUR);

  /** How a dose of this opioid is prescribed. */
  public enum DoseUnit {
    MG("mg"),
    MCG_PER_HOUR("mcg/h");

    private final String label;

    DoseUnit(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String label;
  private final DoseUnit unit;

  Opioid(String label, DoseUnit unit) {
    this.label = label;
    this.unit = unit;
  }

  public String label() {
    return label;
  }

  public DoseUnit unit() {
    return unit;
  }

  /**
   * The opioid with this name ("oxycodone", "Fentanyl transdermal"), or empty when the table has no
   * factor for it.
   */
  public static Optional<Opioid> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(
            o ->
                o.label.toLowerCase(Locale.ROOT).equals(wanted)
                    || o.name().replace('_', ' ').toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
