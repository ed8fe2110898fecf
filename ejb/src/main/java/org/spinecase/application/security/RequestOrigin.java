package org.spinecase.application.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current web request came from, for the access log: the web layer's filter fills it, the
 * audit trail reads it. Kept in this module so that services need no HTTP types.
 *
 * <p>{@code subject} (the identity provider's stable user id) and {@code displayName} (the token's
 * name claim, for the clinician directory) are optional: the EJB container only knows the user
 * name, the web layer can add what the token says when it has one.
 */
@RequestScoped
public class RequestOrigin {

  private String clientAddress;
  private String requestId;
  private String subject;
  private String displayName;

  public String getClientAddress() {
    return clientAddress;
  }

  public void setClientAddress(String clientAddress) {
    this.clientAddress = clientAddress;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }
}
