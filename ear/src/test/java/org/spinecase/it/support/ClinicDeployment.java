package org.spinecase.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments the system tests use: always the EAR the build produced (never a hand-picked
 * list of classes), and for in-container tests that EAR plus one web module with the tests.
 */
public final class ClinicDeployment {

  private ClinicDeployment() {}

  /** The application exactly as it ships, for black-box REST and browser tests. */
  public static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
  }

  /** The shipped EAR plus a test module holding the given test classes and the callers. */
  public static EnterpriseArchive withTests(Class<?>... testClasses) {
    WebArchive tests = ShrinkWrap.create(WebArchive.class, "system-tests.war")
        .addPackage(ClinicDeployment.class.getPackage())
        .addClasses(testClasses)
        .addAsWebInfResource(new StringAsset(
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
            "beans.xml")
        // The EAR's web module is secured by OIDC, which gives the whole EAR one virtual security
        // domain; a module without it cannot be deployed beside it (ELY01148).
        .addAsWebInfResource(new StringAsset(
            "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                + "<login-config><auth-method>OIDC</auth-method></login-config></web-app>"), "web.xml")
        .addAsWebInfResource(new File("../web/src/main/webapp/WEB-INF/oidc.json"), "oidc.json")
        // drmulti holds two realm roles; @RunAs names one, this mapping adds the other.
        .addAsWebInfResource(new StringAsset(
            "<jboss:ejb-jar xmlns:jboss=\"http://www.jboss.com/xml/ns/javaee\""
                + " xmlns=\"http://java.sun.com/xml/ns/javaee\" xmlns:sr=\"urn:security-role\""
                + " version=\"3.1\" impl-version=\"2.0\"><assembly-descriptor><sr:security-role>"
                + "<sr:role-name>pain-specialist</sr:role-name><sr:principal-name>drmulti</sr:principal-name>"
                + "</sr:security-role></assembly-descriptor></jboss:ejb-jar>"), "jboss-ejb3.xml");
    return application().addAsModule(Testable.archiveToTest(tests));
  }
}
