package org.spinecase.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.workup.DiagnosticBlockRecord;
import org.spinecase.domain.model.workup.Workup;
import org.spinecase.domain.model.workup.WorkupAddendum;
import org.spinecase.domain.model.workup.WorkupSectionRecord;
import org.spinecase.domain.model.workup.WorkupSheet;
import org.spinecase.domain.model.workup.WorkupStudy;
import org.spinecase.infrastructure.json.WorkupJson;
import org.spinecase.infrastructure.persistence.WorkupRepository;

/**
 * Loads a case's workup into a {@link StoredWorkup}, rebuilding the domain's sheet from the rows:
 * one statement per table, and none beyond the workup's own when it does not exist yet.
 */
@Dependent
class WorkupStore {

  @Inject private WorkupRepository repository;

  StoredWorkup load(CaseFile caseFile, Optional<Workup> found) {
    if (found.isEmpty()) {
      return new StoredWorkup(
          caseFile,
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          WorkupSheet.restore(List.of(), List.of(), List.of(), null, List.of()));
    }
    Workup workup = found.get();
    List<WorkupSectionRecord> sections = repository.sections(workup);
    List<WorkupStudy> studies = repository.studies(workup);
    List<DiagnosticBlockRecord> blocks = repository.blocks(workup);
    List<WorkupAddendum> addenda = repository.addenda(workup);
    WorkupSheet sheet =
        WorkupSheet.restore(
            sections.stream().map(s -> WorkupJson.section(s.getSection(), s.getContent())).toList(),
            studies.stream()
                .map(s -> s.toStudy(row -> WorkupJson.findings(row.getType(), row.getFindings())))
                .toList(),
            blocks.stream().map(b -> WorkupJson.block(b.getNumber(), b.getContent())).toList(),
            workup.signature().orElse(null),
            addenda.stream().map(WorkupAddendum::toAddendum).toList());
    return new StoredWorkup(caseFile, workup, sections, studies, blocks, addenda, sheet);
  }

  /** The workup row, created and stored on the first save. */
  Workup ensureWorkup(StoredWorkup stored) {
    return stored
        .workup()
        .orElseGet(
            () -> {
              Workup created = new Workup(stored.caseFile());
              repository.add(created);
              stored.created(created);
              return created;
            });
  }
}
