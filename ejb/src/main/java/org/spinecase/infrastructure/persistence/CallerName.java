package org.spinecase.infrastructure.persistence;

import jakarta.ejb.EJBContext;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The user name of whoever is calling, for metadata and audit revisions.
 *
 * <p>JPA entity listeners and Envers revision listeners are not injection targets we can rely on,
 * so the name is looked up from the EJB context of the current invocation. Outside an EJB
 * invocation (database migration at deploy, unit tests) there is nobody to blame, and the record
 * says {@value #SYSTEM}.
 */
public final class CallerName {

  /** The name recorded when no user is behind the change. */
  public static final String SYSTEM = "system";

  private static final String EJB_CONTEXT = "java:comp/EJBContext";

  private CallerName() {}

  public static String current() {
    try {
      EJBContext context = (EJBContext) new InitialContext().lookup(EJB_CONTEXT);
      return context.getCallerPrincipal().getName();
    } catch (NamingException noEjbContext) {
      return SYSTEM;
    } catch (IllegalStateException noCallerInThisLifecycleStage) {
      // e.g. @PostConstruct of a singleton: an EJB context exists but has no caller yet
      return SYSTEM;
    }
  }
}
