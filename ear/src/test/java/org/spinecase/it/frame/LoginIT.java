package org.spinecase.it.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.spinecase.it.support.Browser;
import org.spinecase.it.support.ClinicDeployment;
import org.spinecase.it.support.DemoUser;

/** Every demo user signs in through the Keycloak page, sees their frame, and signs out. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ClinicDeployment.application();
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void signsInSeesOwnNameRolesAndMenuThenSignsOut(DemoUser user) throws IOException {
    try (Browser browser = new Browser()) {
      browser.loginAs(user);

      assertEquals(displayNameInRealm(user), browser.field("userDisplayName").getText());
      String roles = browser.field("userRoles").getText();
      for (String role : user.roles()) {
        assertTrue(roles.contains(roleLabel(role)), roles + " should show " + role);
      }
      assertEquals(user.maySeePatients(), present(browser, "menuPatients"));
      assertEquals(user.mayRegisterPatients(), present(browser, "menuRegister"));
      browser.screenshot("worklist-" + user.username());
      browser.assertAccessible("worklist of " + user.username());

      browser.logout();
      browser.open("/");
      assertTrue(browser.waitFor(By.id("username")).isDisplayed(),
          "after logout the Keycloak session is gone too, so the login page shows again");
    }
  }

  @Test
  void pageOutsideTheRoleShowsFriendly403InTheFrame() {
    try (Browser browser = new Browser()) {
      browser.loginAs(DemoUser.ADMIN);
      browser.open("/patients/search.xhtml");
      WebElement error = browser.waitFor(By.id("error403"));
      assertTrue(error.getText().contains("Not available to your role"));
      assertTrue(browser.field("logout").isDisplayed(), "the 403 page keeps the frame");
      assertFalse(browser.driver().getPageSource().contains("Exception"));
      browser.screenshot("forbidden-admin");
      browser.assertAccessible("403 page");
    }
  }

  private static boolean present(Browser browser, String id) {
    List<WebElement> found = browser.driver().findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  private static String roleLabel(String role) {
    return switch (role) {
      case "pain-specialist" -> "Pain specialist";
      case "admin" -> "Administrator";
      default -> Character.toUpperCase(role.charAt(0)) + role.substring(1);
    };
  }

  private static String displayNameInRealm(DemoUser user) throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("realm.file")))) {
      JsonObject realm = Json.createReader(reader).readObject();
      JsonObject u = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
          .filter(o -> o.getString("username").equals(user.username())).findFirst().orElseThrow();
      return u.getString("firstName") + " " + u.getString("lastName");
    }
  }
}
