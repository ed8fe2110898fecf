package org.spinecase.domain.model.workup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The second-opinion workup of one case: its sections, studies and blocks, and its signature.
 *
 * <p>Sections are worked through in any order and each is saved on its own, so a half-done workup
 * is never lost and shows which sections are complete. Each save is checked against who may write
 * that section ({@link WorkupSection#mayWrite}). Studies and blocks are numbered by the sheet so
 * that causes can cite them as evidence; a cause citing a study or block the sheet does not hold is
 * refused.
 *
 * <p>A surgeon or pain specialist signs the workup once the sections {@link
 * WorkupSection#requiredForSigning()} names are complete: history, red flags, examination, imaging
 * and tests (at least one study, none outstanding) and causes (with at least one cause not excluded
 * and a diagnosis); a refusal names every one still missing. The other sections are optional for
 * signing and shown as such. A signed workup refuses every edit and takes only dated, signed
 * addenda.
 */
public final class WorkupSheet {

  private final Map<WorkupSection, SectionContent> sections = new EnumMap<>(WorkupSection.class);
  private final Map<Long, Study> studies = new LinkedHashMap<>();
  private final Map<Long, DiagnosticBlock> blocks = new LinkedHashMap<>();
  private final List<Addendum> addenda = new ArrayList<>();
  private long lastStudyId;
  private long lastBlockId;
  private Signature signature;

  /**
   * The sheet as stored: its saved sections, studies and blocks (with the numbers they were given),
   * signature and addenda. How it is stored is the application's business; the rules applied to
   * the next change are this class's, so a restored sheet continues numbering after the highest
   * number it holds.
   */
  public static WorkupSheet restore(
      Iterable<SectionContent> sections,
      Iterable<Study> studies,
      Iterable<DiagnosticBlock> blocks,
      Signature signature,
      Iterable<Addendum> addenda) {
    WorkupSheet sheet = new WorkupSheet();
    sections.forEach(content -> sheet.sections.put(content.section(), content));
    for (Study study : studies) {
      sheet.studies.put(study.id(), study);
      sheet.lastStudyId = Math.max(sheet.lastStudyId, study.id());
    }
    for (DiagnosticBlock block : blocks) {
      sheet.blocks.put(block.id(), block);
      sheet.lastBlockId = Math.max(sheet.lastBlockId, block.id());
    }
    sheet.signature = signature;
    addenda.forEach(sheet.addenda::add);
    return sheet;
  }

  /** Saves one section, replacing what it held. */
  public void save(Author author, SectionContent content) {
    if (content == null) {
      throw new ClinicalRuleViolation(null, "Nothing to save.");
    }
    WorkupSection section = content.section();
    if (section == WorkupSection.STUDIES || section == WorkupSection.INJECTIONS) {
      throw new IllegalArgumentException(section + " is recorded study by study, block by block");
    }
    checkWritable(author, section);
    if (content instanceof CausesAndDiagnosis causes) {
      causes.causes().forEach(this::checkEvidenceExists);
    }
    sections.put(section, content);
  }

  /** Orders a study; it shows as outstanding until resulted. */
  public Study orderStudy(Author author, StudyType type, Levels levels, LocalDate orderedOn) {
    checkWritable(author, WorkupSection.STUDIES);
    Study study = Study.ordered(++lastStudyId, type, levels, orderedOn);
    studies.put(study.id(), study);
    return study;
  }

  /** Records (or corrects) the result of a study, with the report attached when there is one. */
  public Study resultStudy(
      Author author, long studyId, LocalDate on, StudyFindings findings, Long reportAttachmentId) {
    checkWritable(author, WorkupSection.STUDIES);
    Study study = studies.get(studyId);
    if (study == null) {
      throw new ClinicalRuleViolation("studyId", "This workup has no study " + studyId + ".");
    }
    Study resulted = study.resulted(on, findings, reportAttachmentId);
    studies.put(studyId, resulted);
    return resulted;
  }

  /** Records a new block; the sheet gives it its number. */
  public DiagnosticBlock recordBlock(Author author, DiagnosticBlock block) {
    checkWritable(author, WorkupSection.INJECTIONS);
    DiagnosticBlock numbered = block.withId(++lastBlockId);
    blocks.put(numbered.id(), numbered);
    return numbered;
  }

  /** Replaces a block already recorded, e.g. with the pain ratings of later time points. */
  public DiagnosticBlock updateBlock(Author author, DiagnosticBlock block) {
    checkWritable(author, WorkupSection.INJECTIONS);
    if (!blocks.containsKey(block.id())) {
      throw new ClinicalRuleViolation("blockId", "This workup has no block " + block.id() + ".");
    }
    blocks.put(block.id(), block);
    return block;
  }

  /** Signs the workup; refused for the wrong discipline, twice, or with sections missing. */
  public Signature sign(Author author, Instant at) {
    if (!author.discipline().mayLead()) {
      throw new WorkupRefused(
          WorkupRefused.Reason.ROLE,
          "Only a surgeon or pain specialist may sign the workup, not "
              + author.discipline().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    checkNotSigned();
    List<WorkupSection> incomplete =
        WorkupSection.requiredForSigning().stream().filter(s -> !isComplete(s)).toList();
    if (!incomplete.isEmpty()) {
      throw new WorkupRefused(
          WorkupRefused.Reason.INCOMPLETE,
          "The workup cannot be signed yet. Incomplete: "
              + incomplete.stream()
                  .map(s -> s.label() + " (" + String.join(", ", missing(s)) + ")")
                  .collect(Collectors.joining("; "))
              + ".");
    }
    signature = new Signature(author, at);
    return signature;
  }

  /** Adds a dated, signed addendum to a signed workup. */
  public Addendum addAddendum(Author author, Instant at, WorkupSection concerns, String text) {
    if (signature == null) {
      throw new WorkupRefused(
          WorkupRefused.Reason.NOT_SIGNED,
          "The workup is not signed yet; edit the section itself instead of adding an addendum.");
    }
    if (author.discipline() == Discipline.COORDINATION) {
      throw new WorkupRefused(
          WorkupRefused.Reason.ROLE, "Only a clinician on the care team may add an addendum.");
    }
    if (at.isBefore(signature.signedAt())) {
      throw new ClinicalRuleViolation("at", "An addendum cannot be dated before the signature.");
    }
    Addendum addendum = new Addendum(new Signature(author, at), concerns, text);
    addenda.add(addendum);
    return addendum;
  }

  public Optional<SectionContent> content(WorkupSection section) {
    return Optional.ofNullable(sections.get(section));
  }

  public Optional<History> history() {
    return content(WorkupSection.HISTORY).map(History.class::cast);
  }

  public Optional<RedFlagChecklist> redFlagChecklist() {
    return content(WorkupSection.RED_FLAGS).map(RedFlagChecklist.class::cast);
  }

  public Optional<Examination> examination() {
    return content(WorkupSection.EXAMINATION).map(Examination.class::cast);
  }

  public Optional<CausesAndDiagnosis> causes() {
    return content(WorkupSection.CAUSES).map(CausesAndDiagnosis.class::cast);
  }

  /** The red flags the case must show now, from the checklist. */
  public Set<RedFlag> redFlags() {
    return redFlagChecklist().map(RedFlagChecklist::positiveFlags).orElse(Set.of());
  }

  public List<Study> studies() {
    return List.copyOf(studies.values());
  }

  /** Studies ordered and not yet resulted, for the coordinator's worklist. */
  public List<Study> outstandingStudies() {
    return studies.values().stream().filter(Study::isOutstanding).toList();
  }

  public List<DiagnosticBlock> blocks() {
    return List.copyOf(blocks.values());
  }

  /** The blocks gathered by target, in the order the targets were first blocked. */
  public List<BlockSeries> blockSeries() {
    Map<BlockTarget, List<DiagnosticBlock>> byTarget = new LinkedHashMap<>();
    blocks
        .values()
        .forEach(b -> byTarget.computeIfAbsent(b.target(), t -> new ArrayList<>()).add(b));
    return byTarget.entrySet().stream()
        .map(e -> new BlockSeries(e.getKey(), e.getValue()))
        .toList();
  }

  /** What is still missing in a section, in the clinic's words; empty when complete. */
  public List<String> missing(WorkupSection section) {
    return switch (section) {
      case STUDIES -> studiesMissing();
      case INJECTIONS -> blocksMissing();
      default -> content(section).map(SectionContent::missing).orElse(List.of("not started"));
    };
  }

  public boolean isComplete(WorkupSection section) {
    return missing(section).isEmpty();
  }

  public List<WorkupSection> completeSections() {
    return List.of(WorkupSection.values()).stream().filter(this::isComplete).toList();
  }

  public boolean isSigned() {
    return signature != null;
  }

  public Optional<Signature> signature() {
    return Optional.ofNullable(signature);
  }

  public List<Addendum> addenda() {
    return List.copyOf(addenda);
  }

  private List<String> studiesMissing() {
    if (studies.isEmpty()) {
      return List.of("no study recorded");
    }
    return outstandingStudies().stream()
        // no date here: pages and the summary write the order date in the clinic's format
        .map(s -> s.type().label() + " ordered, not resulted")
        .toList();
  }

  private List<String> blocksMissing() {
    if (blocks.isEmpty()) {
      return List.of("no block recorded");
    }
    return blocks.values().stream()
        .filter(b -> b.postNrs().isEmpty())
        .map(b -> "no pain rating after block " + b.id() + " (" + b.target().label() + ")")
        .toList();
  }

  /**
   * Refuses an author whose discipline may not write the section, or any change once signed;
   * asked before the entry is read, so that who may write is settled before what was entered.
   */
  public void checkWritable(Author author, WorkupSection section) {
    if (!section.mayWrite(author.discipline())) {
      throw new WorkupRefused(
          WorkupRefused.Reason.ROLE,
          author.discipline().label() + " may not write the section " + section.label() + ".");
    }
    checkNotSigned();
  }

  private void checkNotSigned() {
    if (signature != null) {
      throw new WorkupRefused(
          WorkupRefused.Reason.SIGNED,
          // the page shows when, in the clinic's format; a raw UTC instant here would not be read
          "The workup was signed by "
              + signature.author().username()
              + " and is no longer edited; add an addendum instead.");
    }
  }

  private void checkEvidenceExists(CauseFinding cause) {
    for (EvidenceRef ref : cause.evidence()) {
      boolean held =
          switch (ref.kind()) {
            case STUDY -> studies.containsKey(ref.id());
            case BLOCK -> blocks.containsKey(ref.id());
          };
      if (!held) {
        throw new ClinicalRuleViolation(
            "evidence",
            cause.cause().label()
                + " cites "
                + ref.kind().label().toLowerCase(java.util.Locale.ROOT)
                + " "
                + ref.id()
                + ", which this workup does not hold.");
      }
    }
  }
}
