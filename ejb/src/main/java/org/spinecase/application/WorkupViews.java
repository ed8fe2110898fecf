package org.spinecase.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.application.WorkupView.AddendumRow;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.application.WorkupView.Relief;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.application.WorkupView.SeriesRow;
import org.spinecase.application.WorkupView.SignatureRow;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.workup.Author;
import org.spinecase.domain.model.workup.BlockSeries;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.PsychosocialInstrument;
import org.spinecase.domain.model.workup.Signature;
import org.spinecase.domain.model.workup.Study;
import org.spinecase.domain.model.workup.WorkupAddendum;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.domain.model.workup.WorkupSectionRecord;
import org.spinecase.domain.model.workup.WorkupSheet;
import org.spinecase.domain.model.workup.WorkupStudy;

/** Builds the {@link WorkupView} of a stored workup for one reader, from memory only. */
final class WorkupViews {

  static final String ONLY_LEADS_SIGN =
      "Only a surgeon or pain specialist on the care team signs the workup.";

  private static final Set<String> PSYCHOSOCIAL_CODES =
      java.util.Arrays.stream(PsychosocialInstrument.values())
          .map(PsychosocialInstrument::instrumentCode)
          .collect(Collectors.toSet());

  private WorkupViews() {}

  static WorkupView of(StoredWorkup stored, WorkupReader reader, List<ScoreRow> scores) {
    CaseFile caseFile = stored.caseFile();
    WorkupSheet sheet = stored.sheet();
    boolean signed = sheet.isSigned();
    boolean clinical = reader.seesClinicalContent();
    List<SectionState> sections = new ArrayList<>();
    for (WorkupSection section : WorkupSection.values()) {
      if (reader.mayRead(section)) {
        sections.add(section(stored, section, reader, signed));
      }
    }
    List<StudyRow> studies =
        sheet.studies().stream().map(s -> study(stored, s, clinical)).toList();
    List<BlockRow> blocks =
        clinical ? sheet.blocks().stream().map(b -> block(stored, b)).toList() : List.of();
    List<SeriesRow> series =
        clinical ? sheet.blockSeries().stream().map(WorkupViews::series).toList() : List.of();
    List<AddendumRow> addenda =
        clinical ? stored.addenda().stream().map(a -> addendum(caseFile, a)).toList() : List.of();
    boolean mayEdit =
        !signed && java.util.Arrays.stream(WorkupSection.values()).anyMatch(reader::mayWrite);
    List<String> blockers = signed ? List.of() : blockers(sheet, reader);
    return new WorkupView(
        caseFile.getId(),
        stored.workup().map(w -> w.getId()).orElse(null),
        caseFile.getStatus(),
        sections,
        studies,
        blocks,
        series,
        sheet.signature().map(s -> signature(caseFile, s)).orElse(null),
        addenda,
        sheet.redFlags().stream().sorted().map(RedFlag::label).toList(),
        mayEdit,
        !signed && blockers.isEmpty(),
        blockers,
        clinical
            ? scores.stream().filter(s -> PSYCHOSOCIAL_CODES.contains(s.instrumentCode())).toList()
            : List.of());
  }

  /** What keeps the reader from signing now: their discipline, then each incomplete section. */
  static List<String> blockers(WorkupSheet sheet, WorkupReader reader) {
    List<String> blockers = new ArrayList<>();
    if (!reader.mayLead()) {
      blockers.add(ONLY_LEADS_SIGN);
    }
    for (WorkupSection section : WorkupSection.requiredForSigning()) {
      if (!sheet.isComplete(section)) {
        blockers.add(incomplete(sheet, section));
      }
    }
    return blockers;
  }

  /** "History: pre-operative indication, work status". */
  static String incomplete(WorkupSheet sheet, WorkupSection section) {
    return section.label() + ": " + String.join(", ", sheet.missing(section));
  }

  static SignatureRow signature(CaseFile caseFile, Signature signature) {
    Author author = signature.author();
    return new SignatureRow(
        author.username(),
        displayName(caseFile, author.username()),
        author.discipline().label(),
        signature.signedAt());
  }

  static AddendumRow addendum(CaseFile caseFile, WorkupAddendum addendum) {
    return new AddendumRow(
        addendum.getId(),
        addendum.getConcerns(),
        addendum.getText(),
        signature(caseFile, addendum.toAddendum().signature()));
  }

  /** The name the care team knew them by; the username if they were never on it. */
  static String displayName(CaseFile caseFile, String username) {
    return caseFile.getMembers().stream()
        .filter(m -> m.getUsername().equals(username))
        .map(m -> m.getDisplayName())
        .findFirst()
        .orElse(username);
  }

  private static SectionState section(
      StoredWorkup stored, WorkupSection section, WorkupReader reader, boolean signed) {
    WorkupSheet sheet = stored.sheet();
    WorkupSectionRecord record = stored.section(section).orElse(null);
    return new SectionState(
        section,
        section.label(),
        sheet.content(section).orElse(null),
        sheet.isComplete(section),
        sheet.missing(section),
        record == null ? null : record.getSavedBy(),
        record == null ? null : record.getSavedAt(),
        record == null ? -1 : record.getVersion(),
        !signed && reader.mayWrite(section));
  }

  private static StudyRow study(StoredWorkup stored, Study study, boolean clinical) {
    int number = Math.toIntExact(study.id());
    WorkupStudy row = stored.study(number).orElseThrow();
    boolean report = clinical && row.getReport() != null;
    return new StudyRow(
        number,
        study.type(),
        study.status(),
        study.levels() == null ? null : study.levels().text(),
        study.orderedOn(),
        row.getOrderedBy(),
        study.resultedOn(),
        clinical ? study.findings() : null,
        report,
        report ? row.getReport().getFileName() : null,
        row.getVersion());
  }

  private static BlockRow block(StoredWorkup stored, DiagnosticBlock block) {
    int number = Math.toIntExact(block.id());
    List<Relief> reliefs = new ArrayList<>();
    block
        .postNrs()
        .forEach(
            (time, post) ->
                reliefs.add(new Relief(time, post, block.reliefPercent(time).orElseThrow())));
    return new BlockRow(
        number,
        block,
        reliefs,
        block.bestReliefPercent().isPresent() ? block.bestReliefPercent().getAsDouble() : null,
        stored.block(number).orElseThrow().getVersion());
  }

  private static SeriesRow series(BlockSeries series) {
    return new SeriesRow(
        series.target().label(),
        series.blocks().stream().map(b -> Math.toIntExact(b.id())).toList(),
        series.isComparative(),
        series.meetsCommonThreshold(),
        BlockSeries.COMMON_RELIEF_THRESHOLD_PERCENT);
  }
}
