package org.spinecase.interfaces.referral.web;

import org.spinecase.interfaces.shared.web.PageMessages;

/** File sizes as people read them ("2.4 MB"), in the binary units the limit is set in. */
public final class FileSizes {

  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;

  private FileSizes() {}

  public static String format(long bytes) {
    if (bytes < KIB) {
      return PageMessages.text("rf", "size.bytes", bytes);
    }
    if (bytes < MIB) {
      return PageMessages.text("rf", "size.kb", (double) bytes / KIB);
    }
    return PageMessages.text("rf", "size.mb", (double) bytes / MIB);
  }
}
