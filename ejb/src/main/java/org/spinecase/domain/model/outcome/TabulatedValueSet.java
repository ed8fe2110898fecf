package org.spinecase.domain.model.outcome;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * A value set the clinic supplies as a table, one index per 5-digit profile.
 *
 * <p>The file starts with {@code value-set,<id>} (the id stored with every index, for example the
 * country and publication) followed by {@code profile,index} lines. All 3,125 profiles must be
 * present: a value set with gaps would give some patients an index and others none, which is
 * worse than giving none.
 */
public final class TabulatedValueSet implements ValueSet {

  static final int PROFILES = 3125;

  private final String id;
  private final Map<String, Double> indices;

  private TabulatedValueSet(String id, Map<String, Double> indices) {
    this.id = id;
    this.indices = Map.copyOf(indices);
  }

  public static TabulatedValueSet read(Reader source) throws IOException {
    BufferedReader lines = new BufferedReader(source);
    String header = lines.readLine();
    if (header == null || !header.startsWith("value-set,") || header.length() <= 10) {
      throw refused("the first line must be value-set,<id>");
    }
    String id = header.substring(10).trim();
    Map<String, Double> indices = new HashMap<>();
    String line;
    int number = 1;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("profile")) {
        continue;
      }
      String[] cells = line.split(",");
      if (cells.length != 2 || !isProfile(cells[0].trim())) {
        throw refused("line " + number + " is not profile,index");
      }
      try {
        indices.put(cells[0].trim(), Double.valueOf(cells[1].trim()));
      } catch (NumberFormatException e) {
        throw refused("line " + number + " has no number as index");
      }
    }
    if (indices.size() != PROFILES) {
      throw refused("it has " + indices.size() + " of the " + PROFILES + " profiles");
    }
    return new TabulatedValueSet(id, indices);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public double index(String profile) {
    Double index = indices.get(profile);
    if (index == null) {
      throw new ClinicalRuleViolation("answers", "No EQ-5D-5L profile " + profile);
    }
    return index;
  }

  static boolean isProfile(String text) {
    return text.matches("[1-5]{5}");
  }

  private static ClinicalRuleViolation refused(String why) {
    return new ClinicalRuleViolation("valueSet", "The EQ-5D-5L value set is unusable: " + why);
  }
}
