package org.spinecase.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.spinecase.application.security.Roles;

/** Runs test code as the demo user "surgeon" with the role it has in the realm. */
@Stateless
@RunAs(Roles.SURGEON)
@RunAsPrincipal("surgeon")
@PermitAll
public class AsSurgeon {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
