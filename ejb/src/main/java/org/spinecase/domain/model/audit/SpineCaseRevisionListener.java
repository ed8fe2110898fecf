package org.spinecase.domain.model.audit;

import org.hibernate.envers.RevisionListener;
import org.spinecase.domain.model.shared.CallerName;

/** Names the user behind each Envers revision, from the current EJB caller. */
public class SpineCaseRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((SpineCaseRevision) revisionEntity).setUsername(CallerName.current());
  }
}
