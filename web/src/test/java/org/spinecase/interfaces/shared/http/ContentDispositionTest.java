package org.spinecase.interfaces.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void aPlainNameIsKept() {
    assertEquals("attachment; filename=\"letter.pdf\"; filename*=UTF-8''letter.pdf",
        ContentDisposition.attachment("letter.pdf", "PDF"));
  }

  @Test
  void pathsQuotesAndControlCharactersCannotBreakOutOfTheHeader() {
    String header = ContentDisposition.attachment("..\\..\\evil\"\r\nSet-Cookie: x=1;.pdf", "PDF");
    assertFalse(header.contains("\r") || header.contains("\n"), header);
    assertFalse(header.contains(".."), header);
    assertEquals(2, header.chars().filter(c -> c == '"').count(), header);
    assertTrue(header.startsWith("attachment; filename=\"evil__"), header);
  }

  @Test
  void theExtensionFollowsTheTypeFoundInTheContent() {
    assertEquals("scan.pdf", ContentDisposition.safeName("scan", "PDF"));
    assertEquals("photo.exe.png", ContentDisposition.safeName("photo.exe", "PNG"));
    assertEquals("x-ray.jpeg", ContentDisposition.safeName("x-ray.jpeg", "JPEG"));
    assertEquals("document.pdf", ContentDisposition.safeName("  ", "PDF"));
    assertEquals("hidden.pdf", ContentDisposition.safeName(".hidden.pdf", "PDF"));
    assertEquals("scan.jpg", ContentDisposition.safeName("scan.jpg", "JPEG"));
  }

  @Test
  void lettersOutsideAsciiAreKeptInTheEncodedName() {
    String header = ContentDisposition.attachment("Überweisung Müller.pdf", "PDF");
    assertTrue(header.contains("filename=\"_berweisung M_ller.pdf\""), header);
    assertTrue(header.contains("filename*=UTF-8''%C3%9Cberweisung%20M%C3%BCller.pdf"), header);
  }

  @Test
  void longNamesAreShortened() {
    String name = ContentDisposition.safeName("a".repeat(500) + ".pdf", "PDF");
    assertEquals(ContentDisposition.MAX_NAME_LENGTH + 4, name.length());
  }
}
