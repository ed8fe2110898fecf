package org.spinecase.system.synthetic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF letter with a few lines of text, written by hand (objects, content stream and the
 * cross-reference table with exact offsets), so that synthetic referrals carry a document a viewer
 * really opens, stamped as synthetic.
 */
public final class SyntheticLetter {

  private SyntheticLetter() {}

  public static byte[] pdf(List<String> lines) {
    StringBuilder text = new StringBuilder("BT /F1 11 Tf 56 780 Td 14 TL\n");
    for (String line : lines) {
      text.append('(').append(escape(line)).append(") Tj T*\n");
    }
    text.append("ET\n");
    byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);

    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
            + " /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1)
            + "endstream");

    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static String escape(String line) {
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        .replaceAll("[^\\x20-\\x7E]", "?");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
