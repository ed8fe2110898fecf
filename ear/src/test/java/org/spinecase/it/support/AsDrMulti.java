package org.spinecase.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.spinecase.application.security.Roles;

/**
 * Runs test code as the demo user "drmulti", surgeon and pain specialist. {@code @RunAs} takes one
 * role; the second comes from the principal's role mapping in the test module's jboss-ejb3.xml
 * (see {@link ClinicDeployment}), which WildFly adds for a run-as principal.
 */
@Stateless
@RunAs(Roles.SURGEON)
@RunAsPrincipal("drmulti")
@PermitAll
public class AsDrMulti {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
