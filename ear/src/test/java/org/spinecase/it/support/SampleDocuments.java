package org.spinecase.it.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Small real files of the types a referral may carry, and impostors that only have the name. */
public final class SampleDocuments {

  private SampleDocuments() {}

  /** A one-page PDF that any viewer opens. */
  public static byte[] pdf() {
    String pdf = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  /** Plain text, whatever the file is called. */
  public static byte[] text() {
    return "Referral letter: please see this patient (synthetic test text).\n".getBytes(StandardCharsets.UTF_8);
  }

  /** Starts like a PDF and is one byte over the given size. */
  public static byte[] pdfLargerThan(long bytes) {
    byte[] header = pdf();
    byte[] large = Arrays.copyOf(header, Math.toIntExact(bytes + 1));
    Arrays.fill(large, header.length, large.length, (byte) ' ');
    return large;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x336699);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
