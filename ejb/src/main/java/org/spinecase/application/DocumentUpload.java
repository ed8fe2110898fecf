package org.spinecase.application;

import java.io.Serializable;

/**
 * A report as uploaded to a study: the name the sender's computer gave it and the bytes. The type
 * is recognised from the bytes (PDF, JPEG, PNG), never from the name, as for referral documents.
 */
public record DocumentUpload(String fileName, byte[] content) implements Serializable {

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return content == null ? 0 : content.length;
  }
}
