package org.spinecase.domain.model.workup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.spinecase.domain.model.referral.Attachment;

/** The bytes of one workup document, in a table of their own so no list query reads them. */
@Entity
@Table(name = "workup_document_content")
@Immutable
public class WorkupDocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private WorkupDocument document;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected WorkupDocumentContent() {}

  /** The bytes of {@code document}; refused unless they are the bytes it was described from. */
  public WorkupDocumentContent(WorkupDocument document, byte[] content) {
    this.document = Objects.requireNonNull(document, "document");
    if (content == null
        || content.length != document.getSizeBytes()
        || !Attachment.sha256Of(content).equals(document.getSha256())) {
      throw new IllegalArgumentException("These are not the bytes the document describes");
    }
    this.content = content.clone();
  }

  public byte[] getContent() {
    return content.clone();
  }
}
