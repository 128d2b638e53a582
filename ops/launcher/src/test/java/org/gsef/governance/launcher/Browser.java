package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver, which ops/test installs when missing) driving the
 * pages as a person would: signs in at the login form, clicks, reads, and takes screenshots for the build's artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("gsef.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("gsef.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(String base) throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as(
                        "the browser tests need Debian's chromium and chromium-driver (%s, %s): ops/test installs them, or"
                                + " apt-get install chromium chromium-driver",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        this.base = base;
        this.profile = Files.createTempDirectory("gsef-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Opens a browser that has not signed in, as anyone on the web. */
    static Browser anonymous(int port) throws IOException {
        return new Browser("http://localhost:" + port);
    }

    /** Opens a browser and signs in at the login page as the demo account. */
    static Browser signedIn(int port, String username) throws IOException {
        Browser browser = new Browser("http://localhost:" + port);
        browser.driver.get(browser.base + "/login");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(org.gsef.governance.platform.testing.Api.DEMO_PASSWORD);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(d -> d.getCurrentUrl().contains("/login") ? null : true);
        browser.open("/");
        return browser;
    }

    /** Goes to a page and waits until its data is on screen. */
    void open(String path) {
        driver.get(base + path);
        loaded();
    }

    void loaded() {
        await(d -> "false".equals(d.findElement(By.id("main")).getAttribute("aria-busy")) ? true : null);
    }

    WebElement find(String css) {
        return await(
                d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** The text of what the selector finds, looked up again when an open page re-renders it while being read. */
    String text(String css) {
        return await(d -> d.findElements(By.cssSelector(css)).stream()
                .findFirst()
                .map(WebElement::getText)
                .orElse(null));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core (Deque's engine, the one browsers' accessibility tools use) finds on the
     * page as it is now: one line per violation, its rule, impact and the elements concerned; empty when there are none.
     */
    List<String> accessibilityViolations() {
        String axe;
        try (var source = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (source == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath");
            }
            axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object found = ((JavascriptExecutor) driver).executeAsyncScript(axe + """
                        ;const done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                           .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help
                                + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                           .catch(error => done(['axe failed: ' + error]));
                        """);
        List<String> violations = new ArrayList<>();
        ((List<?>) found).forEach(violation -> violations.add(String.valueOf(violation)));
        return violations;
    }

    void chooseLanguage(String code) {
        new org.openqa.selenium.support.ui.Select(find("#language")).selectByValue(code);
        await(d -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
        loaded();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits for the condition; on a time-out, says where the browser was and keeps a screenshot of it. */
    <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-" + System.currentTimeMillis());
            String page = driver.getPageSource();
            String console = driver.manage().logs().get("browser").getAll().toString();
            throw new AssertionError(
                    "waited in vain at " + driver.getCurrentUrl() + " (screenshot " + shot + "; console " + console
                            + "): " + page.substring(0, Math.min(2000, page.length())),
                    e);
        }
    }

    /**
     * Clicks what the finder finds once it is there. Open pages re-render when the record changes, so the element is
     * looked up again until the click lands.
     */
    void click(Function<WebDriver, WebElement> finder) {
        await(d -> {
            WebElement element = finder.apply(d);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    /** An attribute of what the selector finds, looked up again when the page re-renders it while it is read. */
    String attribute(String css, String name) {
        return await(d -> d.findElements(By.cssSelector(css)).stream()
                .findFirst()
                .map(element -> element.getAttribute(name))
                .orElse(null));
    }

    /**
     * Clicks what the selector finds, looked up again when the page re-renders it in between (an open page re-renders a
     * view when a read model it shows moves on).
     */
    void press(String css) {
        click(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** Chooses a value of the select the selector finds, looked up again when the page re-renders it. */
    void choose(String css, String value) {
        await(d -> {
            WebElement select =
                    d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null);
            if (select == null) {
                return null;
            }
            new org.openqa.selenium.support.ui.Select(select).selectByValue(value);
            return true;
        });
    }

    /** Saves a screenshot under target/screenshots, kept as a build artifact. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
