package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.spinecase.application.security.CareAccess;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.workup.Addendum;
import org.spinecase.domain.model.workup.Author;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.DiagnosticBlockRecord;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.RedFlagChecklist;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.Signature;
import org.spinecase.domain.model.workup.Study;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.Workup;
import org.spinecase.domain.model.workup.WorkupAddendum;
import org.spinecase.domain.model.workup.WorkupDocument;
import org.spinecase.domain.model.workup.WorkupDocumentContent;
import org.spinecase.domain.model.workup.WorkupRefused;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.domain.model.workup.WorkupSectionRecord;
import org.spinecase.domain.model.workup.WorkupStudy;
import org.spinecase.infrastructure.json.WorkupJson;
import org.spinecase.infrastructure.pdf.TextPdf;
import org.spinecase.infrastructure.persistence.CurrentRevision;
import org.spinecase.infrastructure.persistence.OutcomeRepository;
import org.spinecase.infrastructure.persistence.WorkupRepository;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * The second-opinion workup of a case: sections saved one by one, studies ordered and resulted,
 * diagnostic blocks, signing (which makes the case ready for the MDT) and addenda, the summary and
 * its PDF.
 *
 * <p>Every change rebuilds the domain's {@code WorkupSheet} from the stored rows, lets it decide
 * (who may write which section, evidence that exists, signing rules), and stores what it accepted.
 * Access is the case's ({@link CareAccess}: care team or break glass, an outsider gets not found
 * and a denied log entry); writing needs a place on the care team, whose discipline decides the
 * sections. Each section, study and block has its own version, so two clinicians can work on two
 * sections at once and only a second edit of the same one is stale.
 */
@Stateless
@Interceptors({RuleViolationTranslator.class, WorkupRefusalTranslator.class})
// Clinicians read and write; the coordinator reads the studies only (view), the administrator
// nothing.
@RolesAllowed({Roles.SURGEON, Roles.PAIN_SPECIALIST, Roles.PHYSIOTHERAPIST, Roles.PSYCHOLOGIST})
public class WorkupService {

  static final String WORKUP = "Workup";
  static final String SECTION = "WorkupSection";
  static final String STUDY = "WorkupStudy";
  static final String BLOCK = "DiagnosticBlock";
  static final String DOCUMENT = "WorkupDocument";

  @Inject private WorkupRepository repository;
  @Inject private WorkupStore store;
  @Inject private OutcomeHistories scores;
  @Inject private OutcomeRepository outcomeRecords;
  @Inject private CareAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private CurrentRevision revision;

  /** The workup as the caller may see it; an empty sheet while nothing is saved. */
  @RolesAllowed({
    Roles.COORDINATOR,
    Roles.SURGEON,
    Roles.PAIN_SPECIALIST,
    Roles.PHYSIOTHERAPIST,
    Roles.PSYCHOLOGIST
  })
  public WorkupView view(long caseId) {
    return viewOf(load(caseId, AccessAction.READ));
  }

  /** Saves one section; {@code sectionVersion} is -1 for its first save. */
  public WorkupView saveSection(long caseId, SectionContent content, long sectionVersion) {
    if (content == null) {
      throw new InvalidInputException(null, "Nothing was entered.");
    }
    return saveSectionAsEntered(caseId, content.section(), () -> content, () -> sectionVersion);
  }

  /**
   * Saves one section from an entry (and a version) read only once the caller is known to be
   * allowed to write the section: a 403 or 404 comes before any refusal of the input. The API's
   * way in; the other ...AsEntered methods work alike.
   */
  public WorkupView saveSectionAsEntered(
      long caseId,
      WorkupSection section,
      Supplier<SectionContent> entry,
      LongSupplier sectionVersion) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = writer(stored, section);
    SectionContent content = entered(entry);
    Optional<WorkupSectionRecord> existing = stored.section(section);
    long actual = existing.map(WorkupSectionRecord::getVersion).orElse(-1L);
    RecordWrites.requireVersion(actual, sectionVersion.getAsLong(), SECTION, caseId);
    Set<RedFlag> before = stored.sheet().redFlags();
    stored.sheet().save(author, content);
    Workup workup = store.ensureWorkup(stored);
    WorkupSectionRecord record =
        existing.orElseGet(() -> new WorkupSectionRecord(workup, section));
    record.store(content, WorkupJson.section(content), author.username(), ClinicClock.now());
    if (existing.isEmpty()) {
      // persisted once filled in: Hibernate inserts the state it had when persisted
      repository.add(record);
      stored.added(record);
    }
    if (content instanceof RedFlagChecklist checklist) {
      raiseNewRedFlags(stored.caseFile(), before, stored.sheet().redFlags());
      stored.caseFile().urgentPlanOwed(checklist.owesUrgentPlan());
    }
    save(SECTION, caseId);
    return viewOf(stored);
  }

  /** Orders a study; it shows as outstanding (and on the worklist) until resulted. */
  public WorkupView orderStudy(long caseId, StudyType type, String levels, LocalDate orderedOn) {
    return orderStudyAsEntered(caseId, () -> type, levels, orderedOn);
  }

  /** Orders a study whose type is read once the caller may write the studies. */
  public WorkupView orderStudyAsEntered(
      long caseId, Supplier<StudyType> type, String levels, LocalDate orderedOn) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = writer(stored, WorkupSection.STUDIES);
    StudyType ordered = entered(type);
    Levels at = levels == null || levels.isBlank() ? null : Levels.of(levels);
    Study study = stored.sheet().orderStudy(author, ordered, at, orderedOn);
    Workup workup = store.ensureWorkup(stored);
    workup.numberStudy(study.id());
    WorkupStudy row = new WorkupStudy(workup, study, author.username());
    repository.add(row);
    stored.added(row);
    save(STUDY, caseId);
    return viewOf(stored);
  }

  /** Records or corrects a study's result, with a new report when one is given. */
  public WorkupView resultStudy(
      long caseId,
      int studyNumber,
      long version,
      LocalDate resultedOn,
      StudyFindings findings,
      DocumentUpload report) {
    return resultStudyAsEntered(
        caseId, studyNumber, () -> version, resultedOn, type -> new StudyResult(findings, report));
  }

  /** A study's findings (read for its type) and the report, as the API enters them. */
  public record StudyResult(StudyFindings findings, DocumentUpload report) {}

  /**
   * Records a study's result read for the study's type once the caller may write the studies, and
   * the version read after that.
   */
  public WorkupView resultStudyAsEntered(
      long caseId,
      int studyNumber,
      LongSupplier version,
      LocalDate resultedOn,
      Function<StudyType, StudyResult> entry) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = writer(stored, WorkupSection.STUDIES);
    WorkupStudy row =
        stored
            .study(studyNumber)
            .orElseThrow(() -> access.notFound(AccessAction.UPDATE, STUDY, studyNumber));
    StudyResult result = entered(() -> entry.apply(row.getType()));
    StudyFindings findings = result.findings();
    DocumentUpload report = result.report();
    RecordWrites.requireVersion(row.getVersion(), version.getAsLong(), STUDY, row.getId());
    WorkupDocument document = null;
    if (report != null) {
      document =
          new WorkupDocument(row.getWorkup(), report.fileName(), report.content(), author.username());
    }
    Study resulted =
        stored.sheet().resultStudy(author, studyNumber, resultedOn, findings, null);
    if (document != null) {
      repository.add(document);
      repository.add(new WorkupDocumentContent(document, report.content()));
    }
    row.result(resulted, WorkupJson.findings(resulted.findings()), document);
    save(STUDY, row.getId());
    return viewOf(stored);
  }

  /** Records a new diagnostic block; the workup gives it its number. */
  public WorkupView recordBlock(long caseId, DiagnosticBlock block) {
    return recordBlockAsEntered(caseId, () -> block);
  }

  /** Records a block read once the caller may write the blocks. */
  public WorkupView recordBlockAsEntered(long caseId, Supplier<DiagnosticBlock> entry) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = writer(stored, WorkupSection.INJECTIONS);
    DiagnosticBlock numbered = stored.sheet().recordBlock(author, entered(entry));
    Workup workup = store.ensureWorkup(stored);
    workup.numberBlock(numbered.id());
    DiagnosticBlockRecord row =
        new DiagnosticBlockRecord(workup, numbered, WorkupJson.block(numbered));
    repository.add(row);
    stored.added(row);
    save(BLOCK, caseId);
    return viewOf(stored);
  }

  /** Replaces a block, typically adding the pain ratings of later time points. */
  public WorkupView updateBlock(long caseId, int blockNumber, long version, DiagnosticBlock block) {
    return updateBlockAsEntered(caseId, blockNumber, () -> version, () -> block);
  }

  /** Replaces a block read, with the version, once the caller may write the blocks. */
  public WorkupView updateBlockAsEntered(
      long caseId, int blockNumber, LongSupplier version, Supplier<DiagnosticBlock> entry) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = writer(stored, WorkupSection.INJECTIONS);
    DiagnosticBlockRecord row =
        stored
            .block(blockNumber)
            .orElseThrow(() -> access.notFound(AccessAction.UPDATE, BLOCK, blockNumber));
    DiagnosticBlock numbered = renumbered(entered(entry), blockNumber);
    RecordWrites.requireVersion(row.getVersion(), version.getAsLong(), BLOCK, row.getId());
    stored.sheet().updateBlock(author, numbered);
    row.replace(numbered, WorkupJson.block(numbered));
    save(BLOCK, row.getId());
    return viewOf(stored);
  }

  /**
   * Signs the workup and, in the same transaction, marks the case ready for the MDT (a case the
   * team already moved on keeps its status). Refused naming every section still incomplete.
   */
  @RolesAllowed({Roles.SURGEON, Roles.PAIN_SPECIALIST})
  public WorkupView sign(long caseId) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = author(stored);
    Signature signature;
    try {
      signature = stored.sheet().sign(author, ClinicClock.now());
    } catch (WorkupRefused refused) {
      if (refused.getReason() != WorkupRefused.Reason.INCOMPLETE) {
        throw refused;
      }
      throw incomplete(stored);
    }
    store.ensureWorkup(stored).sign(signature);
    stored.caseFile().workupSigned(author.username(), currentUser.roleSet());
    save(WORKUP, caseId);
    return viewOf(stored);
  }

  /** Adds a dated, signed addendum to a signed workup; any clinician on the care team may. */
  public WorkupView addAddendum(long caseId, WorkupSection concerns, String text) {
    return addAddendumAsEntered(caseId, () -> concerns, text);
  }

  /** Adds an addendum whose section (none: the whole workup) is read once the caller may. */
  public WorkupView addAddendumAsEntered(
      long caseId, Supplier<WorkupSection> concerns, String text) {
    StoredWorkup stored = loadForChange(caseId);
    Author author = author(stored);
    Addendum addendum =
        stored.sheet().addAddendum(author, ClinicClock.now(), concerns.get(), text);
    Workup workup = store.ensureWorkup(stored);
    repository.add(new WorkupAddendum(workup, addendum));
    save(WORKUP, caseId);
    // read again so the addendum shows with its id, in order
    return viewOf(store.load(stored.caseFile(), Optional.of(workup)));
  }

  /**
   * The one-page summary for the MDT and the letter to the referrer, its dates written for the
   * reader's locale.
   */
  public WorkupSummary summary(long caseId, Locale locale) {
    return summaryOf(load(caseId, AccessAction.READ), locale);
  }

  /** A study's report, as it was uploaded. */
  public DocumentDownload report(long caseId, int studyNumber) {
    StoredWorkup stored = load(caseId, AccessAction.READ);
    WorkupStudy row =
        stored
            .study(studyNumber)
            .filter(s -> s.getReport() != null)
            .orElseThrow(() -> access.notFound(AccessAction.READ, DOCUMENT, studyNumber));
    WorkupDocument document = row.getReport();
    byte[] content =
        repository
            .documentContent(document.getId())
            .orElseThrow(() -> access.notFound(AccessAction.READ, DOCUMENT, document.getId()));
    return new DocumentDownload(document.getFileName(), document.getDocumentType(), content);
  }

  /** The summary as a PDF; the download is logged as an export of the case's workup. */
  public byte[] summaryPdf(long caseId, Locale locale) {
    StoredWorkup stored = load(caseId, AccessAction.EXPORT);
    return TextPdf.of(WorkupSummaryLines.of(summaryOf(stored, locale), locale));
  }

  private WorkupSummary summaryOf(StoredWorkup stored, Locale locale) {
    long caseId = stored.caseFile().getId();
    return WorkupSummaries.of(
        stored, scores.latestOfCase(caseId), outcomeRecords.alertsOfCase(caseId), locale);
  }

  private WorkupView viewOf(StoredWorkup stored) {
    WorkupReader reader = reader(stored);
    List<ScoreRow> latest =
        reader.seesClinicalContent() ? scores.latestOfCase(stored.caseFile().getId()) : List.of();
    return WorkupViews.of(stored, reader, latest);
  }

  private WorkupReader reader(StoredWorkup stored) {
    return WorkupReader.of(
        stored.caseFile(), currentUser.username(), currentUser.hasRole(Roles.COORDINATOR));
  }

  /**
   * The caller as the author of a change: their discipline on the care team. Someone reading
   * under break glass is not on it and writes nothing.
   */
  private Author author(StoredWorkup stored) {
    return reader(stored)
        .author()
        .orElseThrow(
            () ->
                new WorkupRefused(
                    WorkupRefused.Reason.ROLE,
                    "Only a clinician on the care team may write the workup."));
  }

  /** The author, refused (403) unless their discipline may write the section of the workup. */
  private Author writer(StoredWorkup stored, WorkupSection section) {
    Author author = author(stored);
    stored.sheet().checkWritable(author, section);
    return author;
  }

  /** What the caller entered, read now that they may write it; nothing at all is refused. */
  private static <T> T entered(Supplier<T> entry) {
    T value = entry.get();
    if (value == null) {
      throw new InvalidInputException(null, "Nothing was entered.");
    }
    return value;
  }

  /** Flags positive now that were not before mark the case at once, with a timeline event. */
  private void raiseNewRedFlags(CaseFile caseFile, Set<RedFlag> before, Set<RedFlag> now) {
    Set<RedFlag> raised = now.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(now);
    raised.removeAll(before);
    if (!raised.isEmpty()) {
      caseFile.raiseRedFlag(raised, currentUser.username());
    }
  }

  /** Signing refused: one violation per incomplete section, named by the section. */
  private InvalidInputException incomplete(StoredWorkup stored) {
    return new InvalidInputException(
        WorkupSection.requiredForSigning().stream()
            .filter(s -> !stored.sheet().isComplete(s))
            .map(s -> new FieldViolation(s.name(), WorkupViews.incomplete(stored.sheet(), s)))
            .toList());
  }

  private static DiagnosticBlock renumbered(DiagnosticBlock block, int number) {
    return new DiagnosticBlock(
        number,
        block.performedOn(),
        block.target(),
        block.guidance(),
        block.agent(),
        block.volumeMl(),
        block.sedation(),
        block.preNrs(),
        block.postNrs(),
        block.reliefDurationHours(),
        block.concordance(),
        block.complications());
  }

  /**
   * The case, checked and logged, with its workup. The log names the workup where there is one,
   * the case while there is none yet.
   */
  private StoredWorkup load(long caseId, AccessAction action) {
    CaseFile caseFile =
        repository
            .caseFile(caseId)
            .orElseThrow(() -> access.notFound(action, CareAccess.CASE_FILE, caseId));
    Optional<Workup> workup = repository.workupOfCase(caseId);
    if (workup.isPresent()) {
      access.checkCaseRecord(caseFile, action, WORKUP, workup.get().getId());
    } else {
      access.checkCase(caseFile, action);
    }
    return store.load(caseFile, workup);
  }

  /** As {@link #load}, holding the case until commit so that workup changes queue up. */
  private StoredWorkup loadForChange(long caseId) {
    CaseFile caseFile =
        repository
            .caseFile(caseId)
            .orElseThrow(() -> access.notFound(AccessAction.UPDATE, CareAccess.CASE_FILE, caseId));
    access.checkCase(caseFile, AccessAction.UPDATE);
    repository.lockForChange(caseFile);
    return store.load(caseFile, repository.workupOfCase(caseId));
  }

  /** Writes now, in a revision named after the caller; a concurrent save shows as stale. */
  private void save(String recordType, long id) {
    revision.attributeToCaller();
    RecordWrites.flushOrStale(repository::flush, recordType, id);
  }
}
