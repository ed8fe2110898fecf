package org.spinecase.application;

import java.io.Serializable;
import org.spinecase.domain.model.referral.DocumentKind;

/**
 * A document as uploaded: what the clinician says it is, the name the sender's computer gave it,
 * and the bytes. The type is not taken from here; the service recognises it from the bytes.
 */
public record AttachmentUpload(DocumentKind kind, String fileName, byte[] content)
    implements Serializable {

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public DocumentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return content == null ? 0 : content.length;
  }
}
