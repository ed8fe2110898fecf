package org.spinecase.domain.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredValueSetTest {

  @TempDir Path folder;

  @Test
  void loadsTheConfiguredFile() throws IOException {
    Path file = Files.writeString(folder.resolve("set.csv"), TabulatedValueSetTest.table("T", 0));
    assertEquals("T", ConfiguredValueSet.load(file.toString()).orElseThrow().id());
  }

  @Test
  void withoutSettingOrWithAnUnusableFileThereIsNoIndex() throws IOException {
    assertTrue(ConfiguredValueSet.load(null).isEmpty());
    assertTrue(ConfiguredValueSet.load(" ").isEmpty());
    assertTrue(ConfiguredValueSet.load(folder.resolve("missing.csv").toString()).isEmpty());
    Path gaps = Files.writeString(folder.resolve("gaps.csv"), TabulatedValueSetTest.table("G", 5));
    assertTrue(ConfiguredValueSet.load(gaps.toString()).isEmpty());
  }
}
