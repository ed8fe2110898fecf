package org.spinecase.interfaces.shared.rest;

import org.spinecase.application.InvalidInputException;

/**
 * The version an update is based on: "version" in the body, or the ETag sent back as If-Match
 * ("3", W/"3" or 3). Without one an update could silently overwrite someone else's change, so
 * it is required.
 */
public final class VersionHeader {

  private VersionHeader() {}

  public static long versionOf(Long bodyVersion, String ifMatch) {
    Long headerVersion = parse(ifMatch);
    if (bodyVersion != null && headerVersion != null && !bodyVersion.equals(headerVersion)) {
      throw new InvalidInputException("version", "The version in the body and If-Match differ.");
    }
    Long version = bodyVersion != null ? bodyVersion : headerVersion;
    if (version == null) {
      throw new InvalidInputException(
          "version", "Send the version you read, as \"version\" in the body or as If-Match.");
    }
    return version;
  }

  private static Long parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (!tag.matches("\\d{1,18}")) {
      throw new InvalidInputException("version", "If-Match must be the ETag of the record as read.");
    }
    return Long.valueOf(tag);
  }
}
