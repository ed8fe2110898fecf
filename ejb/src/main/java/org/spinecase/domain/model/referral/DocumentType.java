package org.spinecase.domain.model.referral;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the clinic accepts, recognised from the first bytes of the content.
 *
 * <p>The name and the declared media type of an upload are whatever the sender's computer said; a
 * renamed executable or an HTML page called "letter.pdf" must not be stored and later served as a
 * PDF. The magic bytes are what the viewer will actually read, so they decide.
 */
public enum DocumentType {
  PDF("application/pdf", "PDF document", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String mediaType;
  private final String label;
  private final byte[] magic;

  DocumentType(String mediaType, String label, byte[] magic) {
    this.mediaType = mediaType;
    this.label = label;
    this.magic = magic;
  }

  /** The type the content really has, or empty when it is none the clinic accepts. */
  public static Optional<DocumentType> sniff(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
  }

  private boolean startsOf(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }
}
