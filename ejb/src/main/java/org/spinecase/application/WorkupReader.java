package org.spinecase.application;

import java.util.Optional;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.casefile.Discipline;
import org.spinecase.domain.model.workup.Author;
import org.spinecase.domain.model.workup.WorkupSection;

/**
 * Who is looking at a workup and what that allows: the author they write as (their discipline on
 * the care team now; none under break glass, which reads but never writes), or the coordinator,
 * who reads the studies only.
 */
record WorkupReader(Optional<Author> author, boolean coordinator) {

  static WorkupReader of(CaseFile caseFile, String username, boolean coordinatorRole) {
    Optional<Author> author =
        caseFile
            .activeMember(username)
            .filter(m -> m.getDiscipline() != Discipline.COORDINATION)
            .map(m -> new Author(username, m.getDiscipline()));
    return new WorkupReader(author, author.isEmpty() && coordinatorRole);
  }

  boolean mayRead(WorkupSection section) {
    return !coordinator || section.mayRead(Discipline.COORDINATION);
  }

  boolean mayWrite(WorkupSection section) {
    return author.isPresent() && section.mayWrite(author.get().discipline());
  }

  boolean mayLead() {
    return author.isPresent() && author.get().discipline().mayLead();
  }

  /** Clinical content beyond what is ordered: findings, reports, blocks, scores, addenda. */
  boolean seesClinicalContent() {
    return !coordinator;
  }
}
