package org.spinecase.infrastructure.persistence;

import org.hibernate.envers.RevisionListener;

/** Names the user behind each Envers revision, from the current EJB caller. */
public class SpineCaseRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((SpineCaseRevision) revisionEntity).setUsername(CallerName.current());
  }
}
