package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.workup.DiagnosticBlockRecord;
import org.spinecase.domain.model.workup.Workup;
import org.spinecase.domain.model.workup.WorkupAddendum;
import org.spinecase.domain.model.workup.WorkupDocumentContent;
import org.spinecase.domain.model.workup.WorkupSectionRecord;
import org.spinecase.domain.model.workup.WorkupStudy;

/**
 * Finds and stores workups. Reading a whole workup is one statement per table (the workup, its
 * sections, studies with their report descriptions, blocks, addenda), however many studies,
 * blocks or causes it holds; the bytes of reports are read only on download.
 */
@ApplicationScoped
public class WorkupRepository {

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  /** The case with its patient and care team, which is all the access check and a write need. */
  public Optional<CaseFile> caseFile(long caseId) {
    return entityManager
        .createQuery(
            "select distinct c from CaseFile c join fetch c.patient left join fetch c.members"
                + " where c.id = :id",
            CaseFile.class)
        .setParameter("id", caseId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Holds the case's row until commit, so that the workup of one case is changed by one
   * transaction at a time: the first save cannot create two workups, two orders cannot take one
   * number, and nothing is saved into a workup while it is being signed.
   */
  public void lockForChange(CaseFile caseFile) {
    entityManager.lock(caseFile, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<Workup> workupOfCase(long caseId) {
    return entityManager
        .createQuery("select w from Workup w where w.caseFile.id = :caseId", Workup.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<WorkupSectionRecord> sections(Workup workup) {
    return entityManager
        .createQuery(
            "select s from WorkupSectionRecord s where s.workup = :workup order by s.section",
            WorkupSectionRecord.class)
        .setParameter("workup", workup)
        .getResultList();
  }

  /** The studies in the order of their numbers, each with the description of its report. */
  public List<WorkupStudy> studies(Workup workup) {
    return entityManager
        .createQuery(
            "select s from WorkupStudy s left join fetch s.report where s.workup = :workup"
                + " order by s.number",
            WorkupStudy.class)
        .setParameter("workup", workup)
        .getResultList();
  }

  public List<DiagnosticBlockRecord> blocks(Workup workup) {
    return entityManager
        .createQuery(
            "select b from DiagnosticBlockRecord b where b.workup = :workup order by b.number",
            DiagnosticBlockRecord.class)
        .setParameter("workup", workup)
        .getResultList();
  }

  /** The addenda, oldest first. */
  public List<WorkupAddendum> addenda(Workup workup) {
    return entityManager
        .createQuery(
            "select a from WorkupAddendum a where a.workup = :workup order by a.signedAt, a.id",
            WorkupAddendum.class)
        .setParameter("workup", workup)
        .getResultList();
  }

  public Optional<byte[]> documentContent(long documentId) {
    return Optional.ofNullable(entityManager.find(WorkupDocumentContent.class, documentId))
        .map(WorkupDocumentContent::getContent);
  }

  public void add(Object record) {
    entityManager.persist(record);
  }

  public void flush() {
    entityManager.flush();
  }
}
