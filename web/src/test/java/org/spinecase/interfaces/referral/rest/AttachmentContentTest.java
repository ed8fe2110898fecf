package org.spinecase.interfaces.referral.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecase.application.AttachmentUpload;
import org.spinecase.application.FieldViolation;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.interfaces.referral.rest.dto.AttachmentUploadDto;

class AttachmentContentTest {

  private static final byte[] PDF = "%PDF-1.4 letter".getBytes(StandardCharsets.US_ASCII);

  private static AttachmentUploadDto upload(String base64) {
    return new AttachmentUploadDto(DocumentKind.REFERRAL_LETTER, "letter.pdf", base64);
  }

  @Test
  void decodesStandardBase64AndKeepsKindAndName() {
    List<FieldViolation> violations = new ArrayList<>();
    List<AttachmentUpload> uploads =
        AttachmentContent.decode(List.of(upload(Base64.getEncoder().encodeToString(PDF))), 1000, violations);
    assertEquals(List.of(), violations);
    assertArrayEquals(PDF, uploads.get(0).content());
    assertEquals(DocumentKind.REFERRAL_LETTER, uploads.get(0).kind());
    assertEquals("letter.pdf", uploads.get(0).fileName());
  }

  @Test
  void acceptsLineBreaksAsMailSystemsWriteThem() {
    byte[] content = new byte[500];
    Arrays.fill(content, (byte) 'x');
    List<FieldViolation> violations = new ArrayList<>();
    List<AttachmentUpload> uploads =
        AttachmentContent.decode(List.of(upload(Base64.getMimeEncoder().encodeToString(content))), 1000, violations);
    assertEquals(List.of(), violations);
    assertArrayEquals(content, uploads.get(0).content());
  }

  @Test
  void namesTheFieldOfContentThatIsNotBase64() {
    List<FieldViolation> violations = new ArrayList<>();
    AttachmentContent.decode(
        List.of(upload(Base64.getEncoder().encodeToString(PDF)), upload("%%% not base64")), 1000, violations);
    assertEquals(1, violations.size());
    assertEquals("attachments[1].contentBase64", violations.get(0).field());
    assertTrue(violations.get(0).message().contains("base64"), violations.get(0).message());
  }

  @Test
  void refusesTooLargeContentFromItsLengthBeforeDecoding() {
    byte[] content = new byte[1025];
    List<FieldViolation> violations = new ArrayList<>();
    AttachmentContent.decode(List.of(upload(Base64.getEncoder().encodeToString(content))), 1024, violations);
    assertEquals("attachments[0].contentBase64", violations.get(0).field());
    assertTrue(violations.get(0).message().contains("at most 0.0 MiB (1024 bytes)"), violations.get(0).message());
  }

  @Test
  void theAnnouncedLengthIsExactForValidBase64() {
    for (int size = 0; size < 20; size++) {
      String text = Base64.getEncoder().encodeToString(new byte[size]);
      assertEquals(size, AttachmentContent.decodedLength(text), text);
      assertEquals(size, AttachmentContent.decodedLength(text.replace("=", "")), text);
    }
  }

  @Test
  void missingEntriesAndContentAreNamed() {
    List<FieldViolation> violations = new ArrayList<>();
    List<AttachmentUploadDto> attachments = new ArrayList<>();
    attachments.add(null);
    attachments.add(upload(" "));
    AttachmentContent.decode(attachments, 1000, violations);
    assertEquals(List.of("attachments[0]", "attachments[1].contentBase64"),
        violations.stream().map(FieldViolation::field).toList());
  }
}
