package org.spinecase.interfaces.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadCheckTest {

  @Test
  void theNameIsTheLastPartOfWhatTheBrowserSent() {
    assertEquals("letter.pdf", UploadCheck.baseName("letter.pdf"));
    assertEquals("letter.pdf", UploadCheck.baseName("C:\\Users\\clinic\\letter.pdf"));
    assertEquals("letter.pdf", UploadCheck.baseName("/home/clinic/letter.pdf"));
  }

  @Test
  void aMissingNameBecomesAPlainOne() {
    assertEquals("attachment", UploadCheck.baseName(null));
    assertEquals("attachment", UploadCheck.baseName("  "));
    assertEquals("attachment", UploadCheck.baseName("C:\\Users\\"));
  }
}
