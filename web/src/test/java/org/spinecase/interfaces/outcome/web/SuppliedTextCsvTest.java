package org.spinecase.interfaces.outcome.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecase.application.SuppliedText;

class SuppliedTextCsvTest {

  @Test
  void readsStemsAndOptionsAndKeepsSemicolonsInTheText() {
    SuppliedTextCsv.Result result = SuppliedTextCsv.parse(
        "\uFEFF# ODI, English\n1;;Section 1 – Pain intensity\r\n1;0;Text A; with a semicolon\n\n2; 3 ;\"Quoted \"\"text\"\"\"\n");
    assertEquals(List.of(), result.problems());
    assertEquals(List.of(
        new SuppliedText(1, null, "Section 1 – Pain intensity"),
        new SuppliedText(1, 0, "Text A; with a semicolon"),
        new SuppliedText(2, 3, "Quoted \"text\"")), result.texts());
  }

  @Test
  void reportsLinesItCannotRead() {
    SuppliedTextCsv.Result result = SuppliedTextCsv.parse("x;;stem\n1;a;text\n1;2\n3;1;  \n");
    assertEquals(List.of(1, 2, 3, 4), result.problems().stream().map(SuppliedTextCsv.Problem::line).toList());
    assertEquals(List.of(), result.texts());
  }
}
