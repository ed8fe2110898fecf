package org.spinecase.domain.model.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'
  };
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void recognisesTheAcceptedTypesByTheirMagicBytes() {
    assertEquals(Optional.of(DocumentType.PDF), DocumentType.sniff(PDF));
    assertEquals(Optional.of(DocumentType.JPEG), DocumentType.sniff(JPEG));
    assertEquals(Optional.of(DocumentType.PNG), DocumentType.sniff(PNG));
    assertEquals("application/pdf", DocumentType.PDF.mediaType());
    assertEquals("image/jpeg", DocumentType.JPEG.mediaType());
    assertEquals("image/png", DocumentType.PNG.mediaType());
  }

  @Test
  void theContentDecidesNotTheName() {
    // a PNG saved as "scan.pdf" is still a PNG; sniff never sees the name at all
    Attachment attachment =
        org.spinecase.domain.model.casefile.Episodes.referral()
            .attach(DocumentKind.IMAGING_REPORT, "scan.pdf", PNG, "coordinator");
    assertEquals(DocumentType.PNG, attachment.getDocumentType());
  }

  @Test
  void refusesTextAndOtherFiles() {
    assertEquals(
        Optional.empty(),
        DocumentType.sniff("Dear colleague, ...".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Optional.empty(),
        DocumentType.sniff("<html><body>%PDF-</body>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), DocumentType.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0}));
    assertEquals(
        Optional.empty(), DocumentType.sniff(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), DocumentType.sniff(new byte[] {'%', 'P', 'D'}));
    assertEquals(Optional.empty(), DocumentType.sniff(new byte[0]));
    assertEquals(Optional.empty(), DocumentType.sniff(null));
  }

  /** UTF-8 never starts with the image signatures' bytes, and text rarely looks like a PDF. */
  @Property
  void textIsNeverTakenForADocument(@ForAll String text) {
    Assume.that(!text.startsWith("%PDF-"));
    assertTrue(DocumentType.sniff(text.getBytes(StandardCharsets.UTF_8)).isEmpty());
  }
}
