package org.spinecase.domain.model.workup;

import java.time.Instant;
import java.util.Objects;

/** Who signed, in which discipline, and when. */
public record Signature(Author author, Instant signedAt) {

  public Signature {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(signedAt, "signedAt");
  }
}
