package org.spinecase.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of every clinical entity: a version for optimistic locking and who created and last changed
 * the record.
 *
 * <p>The metadata is stamped by the persistence layer's entity listener (registered in
 * META-INF/orm.xml, so the model stays free of container plumbing) rather than by services, so
 * that no write path can forget it. It is deliberately not audited by Envers: the revision entity already
 * records who changed what and when, so copying the metadata into every audit row would only repeat
 * it. Each entity declares its own identifier so that each table can have its own sequence.
 */
@MappedSuperclass
public abstract class ClinicalRecord {

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public void stampCreated(String user, Instant at) {
    createdAt = at;
    createdBy = user;
    stampChanged(user, at);
  }

  public void stampChanged(String user, Instant at) {
    changedAt = at;
    changedBy = user;
  }
}
