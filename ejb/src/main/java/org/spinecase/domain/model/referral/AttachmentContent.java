package org.spinecase.domain.model.referral;

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

/**
 * The bytes of one attachment, in a table of their own and reached only from here, so that no query
 * for referrals or attachments ever reads them by accident.
 */
@Entity
@Table(name = "attachment_content")
@Immutable
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attachment_id")
  private Attachment attachment;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AttachmentContent() {}

  /** The bytes of {@code attachment}; refused unless they are the bytes it was described from. */
  public AttachmentContent(Attachment attachment, byte[] content) {
    this.attachment = Objects.requireNonNull(attachment, "attachment");
    if (content == null
        || content.length != attachment.getSizeBytes()
        || !Attachment.sha256Of(content).equals(attachment.getSha256())) {
      throw new IllegalArgumentException("These are not the bytes the attachment describes");
    }
    this.content = content.clone();
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
