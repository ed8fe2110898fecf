package org.spinecase.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.workup.DiagnosticBlockRecord;
import org.spinecase.domain.model.workup.Workup;
import org.spinecase.domain.model.workup.WorkupAddendum;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.domain.model.workup.WorkupSectionRecord;
import org.spinecase.domain.model.workup.WorkupSheet;
import org.spinecase.domain.model.workup.WorkupStudy;

/**
 * A case's workup as loaded: the rows (for versions, authors and writing back) and the {@link
 * WorkupSheet} rebuilt from them, whose rules decide every change. {@code workup} is empty until
 * the first save.
 */
final class StoredWorkup {

  private final CaseFile caseFile;
  private Workup workup;
  private final Map<WorkupSection, WorkupSectionRecord> sections = new LinkedHashMap<>();
  private final Map<Integer, WorkupStudy> studies = new LinkedHashMap<>();
  private final Map<Integer, DiagnosticBlockRecord> blocks = new LinkedHashMap<>();
  private final List<WorkupAddendum> addenda;
  private final WorkupSheet sheet;

  StoredWorkup(
      CaseFile caseFile,
      Workup workup,
      List<WorkupSectionRecord> sections,
      List<WorkupStudy> studies,
      List<DiagnosticBlockRecord> blocks,
      List<WorkupAddendum> addenda,
      WorkupSheet sheet) {
    this.caseFile = caseFile;
    this.workup = workup;
    sections.forEach(s -> this.sections.put(s.getSection(), s));
    studies.forEach(s -> this.studies.put(s.getNumber(), s));
    blocks.forEach(b -> this.blocks.put(b.getNumber(), b));
    this.addenda = List.copyOf(addenda);
    this.sheet = sheet;
  }

  CaseFile caseFile() {
    return caseFile;
  }

  Optional<Workup> workup() {
    return Optional.ofNullable(workup);
  }

  void created(Workup created) {
    workup = created;
  }

  Optional<WorkupSectionRecord> section(WorkupSection section) {
    return Optional.ofNullable(sections.get(section));
  }

  void added(WorkupSectionRecord record) {
    sections.put(record.getSection(), record);
  }

  Optional<WorkupStudy> study(int number) {
    return Optional.ofNullable(studies.get(number));
  }

  void added(WorkupStudy study) {
    studies.put(study.getNumber(), study);
  }

  Optional<DiagnosticBlockRecord> block(int number) {
    return Optional.ofNullable(blocks.get(number));
  }

  void added(DiagnosticBlockRecord block) {
    blocks.put(block.getNumber(), block);
  }

  List<WorkupAddendum> addenda() {
    return addenda;
  }

  WorkupSheet sheet() {
    return sheet;
  }
}
