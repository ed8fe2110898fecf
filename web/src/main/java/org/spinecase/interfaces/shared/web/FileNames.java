package org.spinecase.interfaces.shared.web;

/** File names as browsers send them with an upload. */
public final class FileNames {

  private FileNames() {}

  /**
   * The file's name without any path a browser may send along (old Edge sends "C:\..."), or
   * {@code fallback} when nothing of a name is left.
   */
  public static String baseName(String submitted, String fallback) {
    if (submitted == null || submitted.isBlank()) {
      return fallback;
    }
    String name = submitted.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.isEmpty() ? fallback : name;
  }
}
