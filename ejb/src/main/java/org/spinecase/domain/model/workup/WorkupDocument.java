package org.spinecase.domain.model.workup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.DocumentType;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * A report filed with a workup study: described here, the bytes in {@link WorkupDocumentContent}
 * (loaded only on download). Checked as referral documents are: the type is recognised from the
 * bytes (PDF, JPEG, PNG), never taken from the name, and the SHA-256 is kept. Immutable: a wrong
 * report is replaced by a new one, never edited.
 */
@Entity
@Table(name = "workup_document")
@Immutable
public class WorkupDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workup_document_seq")
  @SequenceGenerator(
      name = "workup_document_seq",
      sequenceName = "workup_document_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workup_id", nullable = false, updatable = false)
  private Workup workup;

  @Column(name = "file_name", nullable = false, length = Attachment.FILE_NAME_LENGTH)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 10)
  private DocumentType documentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  protected WorkupDocument() {}

  public WorkupDocument(Workup workup, String fileName, byte[] content, String actor) {
    this.workup = workup;
    this.fileName = Attachment.checkedFileName(fileName);
    this.documentType = Attachment.checkedType(content);
    this.sizeBytes = content.length;
    this.sha256 = Attachment.sha256Of(content);
    this.uploadedAt = ClinicClock.now();
    this.uploadedBy = actor;
  }

  public Long getId() {
    return id;
  }

  public Workup getWorkup() {
    return workup;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getDocumentType() {
    return documentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
