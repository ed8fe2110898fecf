package org.spinecase.domain.model.outcome;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The EQ-5D-5L value set the clinic configured, if any: {@value #SETTING} names a file in the
 * format of {@link TabulatedValueSet}. Read once; a file that cannot be used stops the index (with
 * a log line saying why) rather than the scoring of profile and VAS.
 */
public final class ConfiguredValueSet {

  public static final String SETTING = "SPINECASE_EQ5D_VALUE_SET";

  private static final Logger LOG = Logger.getLogger(ConfiguredValueSet.class.getName());

  private static volatile Optional<ValueSet> loaded;

  private ConfiguredValueSet() {}

  public static Optional<ValueSet> current() {
    Optional<ValueSet> set = loaded;
    if (set == null) {
      set = load(System.getProperty(SETTING, System.getenv(SETTING)));
      loaded = set;
    }
    return set;
  }

  static Optional<ValueSet> load(String file) {
    if (file == null || file.isBlank()) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      ValueSet set = TabulatedValueSet.read(reader);
      LOG.info(() -> "EQ-5D-5L value set " + set.id() + " loaded from " + file);
      return Optional.of(set);
    } catch (IOException | RuntimeException e) {
      LOG.severe(() -> "EQ-5D-5L value set in " + file + " not used: " + e.getMessage());
      return Optional.empty();
    }
  }
}
