package org.spinecase.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes lines of text as a PDF 1.4 document on A4 pages, in Helvetica.
 *
 * <p>Letters are a few lines of plain text, which PDF can say in a few hundred bytes with a font
 * every viewer has (Helvetica is one of the standard 14, so nothing is embedded). A library for
 * that would be larger than the clinic's own code for it. Text is encoded as WinAnsi, the standard
 * fonts' encoding: Western European letters print as typed, anything else as "?". Long lines wrap
 * at word boundaries; pages break by themselves. The cross-reference table holds the exact byte
 * offset of every object, so viewers open the file without repairing it.
 */
public final class TextPdf {

  static final int PAGE_WIDTH = 595;
  static final int PAGE_HEIGHT = 842;
  static final int MARGIN = 72;
  static final int FONT_SIZE = 11;
  static final int LEADING = 15;

  /** Helvetica at 11 pt averages about 5.5 pt per character; 451 pt of line take about 80. */
  static final int LINE_CHARACTERS = 80;

  static final int LINES_PER_PAGE = (PAGE_HEIGHT - 2 * MARGIN) / LEADING;

  /** Characters outside Latin-1 that WinAnsi has, at their WinAnsi codes. */
  private static final Map<Character, Integer> WIN_ANSI_EXTRAS =
      Map.of(
          '\u20AC', 0x80, '\u2018', 0x91, '\u2019', 0x92, '\u201C', 0x93, '\u201D', 0x94, '\u2022',
          0x95, '\u2013', 0x96, '\u2014', 0x97);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Integer> offsets = new ArrayList<>();

  private TextPdf() {}

  /** The document, one line of text per entry; an empty entry is an empty line. */
  public static byte[] of(List<String> lines) {
    return new TextPdf().write(pages(wrapped(lines)));
  }

  private byte[] write(List<List<String>> pages) {
    int fontObject = 3;
    int firstPageObject = 4;
    // objects: 1 catalog, 2 page tree, 3 font, then per page its page and its content stream
    ascii("%PDF-1.4\n");
    // a comment with bytes above 127 tells transfer programs the file is binary
    out.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      kids.append(firstPageObject + 2 * i).append(" 0 R ");
    }
    object(2, "<< /Type /Pages /Kids [ " + kids + "] /Count " + pages.size() + " >>");
    object(
        fontObject,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (int i = 0; i < pages.size(); i++) {
      int page = firstPageObject + 2 * i;
      object(
          page,
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "
              + PAGE_WIDTH
              + " "
              + PAGE_HEIGHT
              + "] /Resources << /Font << /F1 "
              + fontObject
              + " 0 R >> >> /Contents "
              + (page + 1)
              + " 0 R >>");
      stream(page + 1, content(pages.get(i)));
    }
    int xref = out.size();
    ascii("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      ascii(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    ascii("trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\n");
    ascii("startxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static byte[] content(List<String> lines) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    String start =
        "BT\n/F1 "
            + FONT_SIZE
            + " Tf\n"
            + LEADING
            + " TL\n"
            + MARGIN
            + " "
            + (PAGE_HEIGHT - MARGIN)
            + " Td\n";
    text.writeBytes(start.getBytes(StandardCharsets.US_ASCII));
    for (String line : lines) {
      text.write('(');
      text.writeBytes(escaped(line));
      text.writeBytes(") Tj T*\n".getBytes(StandardCharsets.US_ASCII));
    }
    text.writeBytes("ET\n".getBytes(StandardCharsets.US_ASCII));
    return text.toByteArray();
  }

  /** The line in WinAnsi bytes, with the string delimiters and backslash escaped. */
  static byte[] escaped(String line) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (char c : line.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        bytes.write('\\');
        bytes.write(c);
      } else if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF)) {
        bytes.write(c);
      } else if (WIN_ANSI_EXTRAS.containsKey(c)) {
        bytes.write(WIN_ANSI_EXTRAS.get(c));
      } else if (c == '\t') {
        bytes.write(' ');
      } else {
        bytes.write('?');
      }
    }
    return bytes.toByteArray();
  }

  /** Lines no longer than a page is wide, broken at spaces where there are any. */
  static List<String> wrapped(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      for (String part : (line == null ? "" : line).split("\\R", -1)) {
        wrap(part.stripTrailing(), result);
      }
    }
    return result;
  }

  private static void wrap(String line, List<String> result) {
    String rest = line;
    while (rest.length() > LINE_CHARACTERS) {
      int cut = rest.lastIndexOf(' ', LINE_CHARACTERS);
      if (cut <= 0) {
        cut = LINE_CHARACTERS;
      }
      result.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    result.add(rest);
  }

  private static List<List<String>> pages(List<String> lines) {
    List<List<String>> pages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
      pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
    }
    if (pages.isEmpty()) {
      pages.add(List.of());
    }
    return pages;
  }

  private void object(int number, String body) {
    begin(number);
    ascii(body + "\nendobj\n");
  }

  private void stream(int number, byte[] data) {
    begin(number);
    ascii("<< /Length " + data.length + " >>\nstream\n");
    out.writeBytes(data);
    ascii("\nendstream\nendobj\n");
  }

  private void begin(int number) {
    if (number != offsets.size() + 1) {
      throw new IllegalStateException("Objects are written in order");
    }
    offsets.add(out.size());
    ascii(number + " 0 obj\n");
  }

  private void ascii(String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
