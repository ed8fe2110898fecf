package org.spinecase.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextPdfTest {

  private static String text(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1);
  }

  @Test
  void writesAPdfWithTheTextInHelvetica() {
    byte[] pdf =
        TextPdf.of(List.of("Dear Dr Haddad,", "", "Reason: not an FBSS presentation (see notes)"));
    String text = text(pdf);
    assertTrue(text.startsWith("%PDF-1.4\n"), text);
    assertTrue(text.contains("(Dear Dr Haddad,) Tj"), text);
    assertTrue(text.contains("(Reason: not an FBSS presentation \\(see notes\\)) Tj"), text);
    assertTrue(text.contains("/BaseFont /Helvetica"), text);
    assertTrue(text.endsWith("%%EOF\n"), text);
  }

  @Test
  void theCrossReferenceTablePointsAtEveryObject() {
    byte[] pdf = TextPdf.of(List.of("One line"));
    String text = text(pdf);
    Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
    assertTrue(startxref.find());
    int xref = Integer.parseInt(startxref.group(1));
    assertTrue(text.startsWith("xref\n0 ", xref));
    String[] lines = text.substring(xref).split("\n");
    int count = Integer.parseInt(lines[1].split(" ")[1]);
    assertEquals("0000000000 65535 f ", lines[2]);
    for (int object = 1; object < count; object++) {
      String entry = lines[2 + object];
      assertEquals(20, entry.length() + 1, "each entry is 20 bytes with its line feed");
      int offset = Integer.parseInt(entry.substring(0, 10));
      assertTrue(
          text.startsWith(object + " 0 obj\n", offset), "object " + object + " at " + offset);
    }
    assertTrue(text.contains("/Size " + count + " /Root 1 0 R"));
  }

  @Test
  void streamLengthsAreExact() {
    String text = text(TextPdf.of(List.of("Müller – “quoted” €5")));
    Matcher stream = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(text);
    assertTrue(stream.find());
    int length = Integer.parseInt(stream.group(1));
    assertTrue(text.startsWith("\nendstream", stream.end() + length));
    // WinAnsi: Latin-1 as is, dash, quotes and euro at their WinAnsi codes
    assertTrue(text.contains("(M\u00fcller \u0096 \u0093quoted\u0094 \u00805) Tj"), text);
  }

  @Test
  void longTextWrapsAndBreaksIntoPages() {
    List<String> lines = new ArrayList<>();
    lines.add("word ".repeat(50));
    for (int i = 0; i < 120; i++) {
      lines.add("Line " + i);
    }
    String text = text(TextPdf.of(lines));
    assertTrue(TextPdf.wrapped(List.of("word ".repeat(50))).size() > 1);
    assertTrue(text.contains("/Count 3"), "121+ lines at " + TextPdf.LINES_PER_PAGE + " a page");
    assertTrue(text.contains("(Line 119) Tj"));
  }
}
