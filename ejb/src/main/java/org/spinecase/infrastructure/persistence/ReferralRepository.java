package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.AttachmentContent;
import org.spinecase.domain.model.referral.Referral;

/**
 * Finds and stores referrals and their documents.
 *
 * <p>A referral is always loaded whole, in two fixed queries (the referral with patient, index
 * surgery, case, red flags and document descriptions; then its timeline), because pages and the
 * REST API show all of it after the transaction has ended. Document bytes are read only by {@link
 * #findContent}.
 */
@ApplicationScoped
public class ReferralRepository {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  public void add(Referral referral) {
    entityManager.persist(referral);
  }

  /** Stores a new document's description and bytes; the referral must already be stored. */
  public void addAttachment(Attachment attachment, AttachmentContent content) {
    entityManager.persist(attachment);
    entityManager.persist(content);
  }

  /** The referral with everything a page shows; see the class comment. */
  public Optional<Referral> findComplete(long id) {
    Optional<Referral> referral =
        entityManager
            .createNamedQuery(Referral.COMPLETE, Referral.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .findFirst();
    referral.ifPresent(r -> withEvents(r.getId()));
    return referral;
  }

  /** Loads the timeline into the referral already in the persistence context. */
  public void withEvents(long referralId) {
    entityManager
        .createNamedQuery(Referral.WITH_EVENTS, Referral.class)
        .setParameter("id", referralId)
        .getResultList();
  }

  /** A document's description with its referral and the referral's patient and case. */
  public Optional<Attachment> findAttachment(long id) {
    return entityManager
        .createNamedQuery(Attachment.WITH_REFERRAL, Attachment.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<AttachmentContent> findContent(long attachmentId) {
    return Optional.ofNullable(entityManager.find(AttachmentContent.class, attachmentId));
  }

  /** Writes pending changes now, so that conflicts surface inside the service method. */
  public void flush() {
    entityManager.flush();
  }
}
