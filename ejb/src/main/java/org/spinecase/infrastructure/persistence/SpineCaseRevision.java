package org.spinecase.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: when a transaction changed clinical records and which user made it. Envers
 * alone knows only the time; a record's history must also say who.
 *
 * <p>Revision numbers come from their own sequence one at a time (allocation size 1), unlike the
 * other tables: Envers orders history by revision number, and numbers handed out in blocks per
 * server would put changes from two servers out of order.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(SpineCaseRevisionListener.class)
public class SpineCaseRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
  @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
  @RevisionNumber
  @Column(name = "rev")
  private long id;

  @RevisionTimestamp
  @Column(name = "revtstmp", nullable = false)
  private long timestamp;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  public long getId() {
    return id;
  }

  public Instant getAt() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }
}
