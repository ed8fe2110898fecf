package org.spinecase.domain.model.referral;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.hibernate.annotations.Immutable;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * A document filed with a referral (the letter, outside reports, imaging reports): what it is and
 * who filed it when, without the bytes.
 *
 * <p>The bytes are in {@link AttachmentContent}, loaded only on download, so that showing a
 * referral with ten scanned reports reads a few hundred bytes, not megabytes. Immutable: a wrong
 * document is not edited, a right one is added. The SHA-256 lets anyone check later that the bytes
 * served are the bytes received.
 */
@Entity
@Table(name = "attachment")
@Immutable
@NamedQuery(
    name = Attachment.WITH_REFERRAL,
    query =
        "select a from Attachment a join fetch a.referral r join fetch r.patient"
            + " left join fetch r.caseFile where a.id = :id")
public class Attachment {

  public static final String WITH_REFERRAL = "Attachment.withReferral";

  /** The size limit's setting; the default is 10 MiB. */
  public static final String MAX_BYTES_SETTING = "SPINECASE_MAX_ATTACHMENT_BYTES";

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int FILE_NAME_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false, updatable = false)
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private DocumentKind kind;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
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

  protected Attachment() {}

  Attachment(Referral referral, DocumentKind kind, String fileName, byte[] content, String actor) {
    if (kind == null) {
      throw new ClinicalRuleViolation("kind", "Say what the document is.");
    }
    this.referral = referral;
    this.kind = kind;
    this.fileName = checkedFileName(fileName);
    this.documentType = checkedType(content);
    this.sizeBytes = content.length;
    this.sha256 = sha256Of(content);
    this.uploadedAt = ClinicClock.now();
    this.uploadedBy = actor;
  }

  /** The largest document accepted, from {@value #MAX_BYTES_SETTING}. */
  public static long maxBytes() {
    String configured = System.getProperty(MAX_BYTES_SETTING, System.getenv(MAX_BYTES_SETTING));
    if (configured == null || !configured.strip().matches("\\d{1,12}")) {
      return DEFAULT_MAX_BYTES;
    }
    return Long.parseLong(configured.strip());
  }

  /** Hex SHA-256 of the bytes, lower case. */
  public static String sha256Of(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }

  /** The name to keep: the last path segment, tidied, required and limited. */
  public static String checkedFileName(String name) {
    String tidied = name == null ? null : FreeText.tidy(name.replace('\\', '/'));
    if (tidied != null) {
      tidied = FreeText.tidy(tidied.substring(tidied.lastIndexOf('/') + 1));
    }
    if (tidied == null) {
      throw new ClinicalRuleViolation("fileName", "The document needs a file name.");
    }
    return FreeText.limited("fileName", "File name", tidied, FILE_NAME_LENGTH);
  }

  /** The type recognised from the bytes, refused when empty, too large or not accepted. */
  public static DocumentType checkedType(byte[] content) {
    if (content == null || content.length == 0) {
      throw new ClinicalRuleViolation("content", "The file is empty.");
    }
    long max = maxBytes();
    if (content.length > max) {
      throw new ClinicalRuleViolation(
          "content",
          String.format(
              Locale.ROOT,
              "The file is %.1f MiB; a document may be at most %.1f MiB.",
              content.length / 1048576.0,
              max / 1048576.0));
    }
    return DocumentType.sniff(content)
        .orElseThrow(
            () ->
                new ClinicalRuleViolation(
                    "content", "Only PDF, JPEG and PNG files can be attached."));
  }

  public Long getId() {
    return id;
  }

  public Referral getReferral() {
    return referral;
  }

  public DocumentKind getKind() {
    return kind;
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
