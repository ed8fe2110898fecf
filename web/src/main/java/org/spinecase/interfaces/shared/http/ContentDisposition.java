package org.spinecase.interfaces.shared.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Content-Disposition header of a download: always "attachment" (the browser saves the file,
 * it never renders a referrer's document inside the application's origin) and a file name that
 * cannot break the header or name a path: control characters, quotes, slashes and the like become
 * "_", the name is shortened, and it ends in the extension of the type found in the content.
 * Names outside ASCII keep their letters in {@code filename*} (RFC 6266 / RFC 5987).
 */
public final class ContentDisposition {

  static final int MAX_NAME_LENGTH = 120;
  private static final String FALLBACK = "document";

  private ContentDisposition() {}

  public static String attachment(String fileName, String extension) {
    String safe = safeName(fileName, extension);
    String ascii = safe.replaceAll("[^\\x20-\\x7E]", "_");
    String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  static String safeName(String fileName, String extension) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}\"';:*?<>|%]", "_").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    String suffix = "." + extension.toLowerCase(Locale.ROOT);
    boolean hasSuffix = name.toLowerCase(Locale.ROOT).endsWith(suffix)
        || (suffix.equals(".jpeg") && name.toLowerCase(Locale.ROOT).endsWith(".jpg"));
    String base = hasSuffix ? name.substring(0, name.lastIndexOf('.')) : name;
    String ending = hasSuffix ? name.substring(name.lastIndexOf('.')) : suffix;
    if (base.isBlank()) {
      base = FALLBACK;
    }
    if (base.length() > MAX_NAME_LENGTH) {
      base = base.substring(0, MAX_NAME_LENGTH);
    }
    return base + ending;
  }
}
