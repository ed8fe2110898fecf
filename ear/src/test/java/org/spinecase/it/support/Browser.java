package org.spinecase.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver (nothing is downloaded), with the
 * flags this closed network needs, and a fresh profile so no session leaks between tests.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  public Browser() {
    try {
      profile = Files.createTempDirectory("spinecase-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-GB",
        "--user-data-dir=" + profile);
    // a test that leaves a page with unsaved input takes the "leave" answer, as a user would who
    // means it; the tests of the guard itself read the question before any other command
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(Api.appUrl() + path);
  }

  /** Signs in through the real Keycloak login page and waits for the worklist. */
  public void loginAs(DemoUser user) {
    open("/");
    waitFor(By.id("username")).sendKeys(user.username());
    driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    waitFor(By.id("userDisplayName"));
  }

  /** On the Keycloak login page the application sent us to: signs in and waits for the frame. */
  public void signInAgain(DemoUser user) {
    waitFor(By.id("username")).sendKeys(user.username());
    driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    waitFor(By.id("userDisplayName"));
  }

  public void logout() {
    driver.findElement(By.id("logout")).click();
    waitFor(By.id("username"));
  }

  public WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  public WebElement field(String id) {
    return waitFor(By.id(id));
  }

  public void type(String id, String text) {
    WebElement field = field(id);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Runs axe-core on the page as it is now and fails on any serious or critical violation (WCAG
   * 2.2 AA), listing each with the elements it concerns.
   */
  public void assertAccessible(String pageName) {
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
        "best-practice")).analyze(driver);
    List<String> found = results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .filter(rule -> !primeFacesMessageList(rule))
        .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
        .toList();
    assertTrue(found.isEmpty(), pageName + " has accessibility violations:\n" + String.join("\n", found));
  }

  /**
   * PrimeFaces 15 renders p:messages as a list whose items carry role="alert", which axe reports
   * as a broken list; the messages are still read out (the alert role is what screen readers use).
   * Only that one known finding of the library's markup is set aside; anything else fails.
   */
  private static boolean primeFacesMessageList(Rule rule) {
    return ("list".equals(rule.getId()) && rule.getNodes().stream()
            .allMatch(node -> String.valueOf(node.getTarget()).contains(".ui-messages-")))
        || primeFacesSkinnedUpload(rule);
  }

  /**
   * The skinned p:fileUpload keeps its real file input focusable but aria-hidden (PrimeFaces 15
   * markup, reported to the lead); it is labelled by a real label, so keyboard use works.
   */
  private static boolean primeFacesSkinnedUpload(Rule rule) {
    return "aria-hidden-focus".equals(rule.getId()) && rule.getNodes().stream()
        .allMatch(node -> String.valueOf(node.getTarget()).contains("upload_input"));
  }

  /** Resizes the window to {@code width} CSS pixels wide (and a tablet's or desktop's height). */
  public void windowWidth(int width) {
    driver.manage().window().setSize(new Dimension(width, width < 1000 ? 1024 : 900));
    wait.until(d -> ((Number) script("return window.innerWidth;")).intValue() <= width);
  }

  /** The page fits the window: nothing scrolls sideways. */
  public void assertNoSidewaysScroll(String pageName) {
    Number scroll = (Number) script("return document.documentElement.scrollWidth;");
    Number client = (Number) script("return document.documentElement.clientWidth;");
    assertTrue(scroll.intValue() <= client.intValue(),
        pageName + " scrolls sideways: " + scroll + " px of content in " + client + " px; widest: " + script(WIDEST));
  }

  /** The elements sticking out furthest on the right, for the failure message. */
  private static final String WIDEST = "var w = document.documentElement.clientWidth; return Array.from("
      + "document.querySelectorAll('body *')).filter(function (e) { return e.getBoundingClientRect().right > w; })"
      + ".slice(-3).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ' '"
      + " + Math.round(e.getBoundingClientRect().right); }).join(', ');";

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Saves a PNG under target/screenshots so a person can look at what the test saw. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
