package org.spinecase.interfaces.referral.web;

import java.io.Serializable;
import org.spinecase.application.AttachmentUpload;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.DocumentType;

/**
 * A file chosen on the intake form and checked on arrival, kept in the view until the referral is
 * saved. The kind stays editable in the list, so one choice per file and no re-upload to fix it.
 */
public class PendingAttachment implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final DocumentType type;
  private final byte[] content;
  private DocumentKind kind;

  PendingAttachment(String fileName, DocumentType type, byte[] content, DocumentKind kind) {
    this.fileName = fileName;
    this.type = type;
    this.content = content;
    this.kind = kind;
  }

  AttachmentUpload toUpload() {
    return new AttachmentUpload(kind, fileName, content);
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getType() {
    return type;
  }

  public String getSize() {
    return FileSizes.format(content.length);
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }
}
