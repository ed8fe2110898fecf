package org.spinecase.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.FreeText;

class RecordMetadataListenerTest {

  private static final class Note extends ClinicalRecord {}

  @Test
  void withoutAnEjbCallerTheSystemIsNamed() {
    assertEquals(CallerName.SYSTEM, CallerName.current());
  }

  @Test
  void stampsCreationAndLaterChanges() {
    Note note = new Note();
    RecordMetadataListener listener = new RecordMetadataListener();
    listener.created(note);
    assertEquals("system", note.getCreatedBy());
    assertNotNull(note.getCreatedAt());
    assertEquals(note.getCreatedAt(), note.getChangedAt());

    listener.changed(note);
    assertEquals("system", note.getChangedBy());
    assertTrue(!note.getChangedAt().isBefore(note.getCreatedAt()));
  }

  @Test
  void tidiesFreeText() {
    assertEquals("Anna Maria", FreeText.tidy("  Anna \t Maria "));
    assertEquals(null, FreeText.tidy(" \n "));
    assertEquals("1 High Street\nLondon", FreeText.tidyBlock(" 1 High Street\nLondon \n"));
  }
}
