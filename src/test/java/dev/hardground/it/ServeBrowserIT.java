package dev.hardground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench as an analyst uses it: the packaged jar's {@code serve} on a free port, driven in headless
 * Chromium through Debian's chromedriver. A slider moves the numbers; a rule edit on disk reloads the page (a
 * broken one shows its located error and keeps the last good result); "save as variant" changes the scenario
 * file only where the variant goes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserIT {
    static final Path WORK = Path.of("target", "serve-it").toAbsolutePath();
    static final Path SCENARIO = WORK.resolve("scenarios/jk.yaml");
    static final Path RULE = WORK.resolve("rules/risks/domestic-opposition.drl");
    static final String WEIGHT = "ledger.add(-6 * roleWeight($p), ledger.possessive($p.name(), \"opposition\")";
    static Process server;
    static String url;
    static WebDriver driver;

    @BeforeAll
    static void startTheServerAndTheBrowser() throws Exception {
        Path chromium = Browsers.chromium();
        Path chromedriver = Browsers.chromedriver();
        deleteTree(WORK);
        Files.createDirectories(SCENARIO.getParent());
        Files.copy(Path.of("scenarios/japan-korea-2023.yaml"), SCENARIO);
        dev.hardground.TestFiles.copyTree(Path.of("rules"), WORK.resolve("rules"));
        server = new ProcessBuilder("java", "-jar", Path.of("target/hardground.jar").toAbsolutePath().toString(), "serve",
                "scenarios", "--port", "0", "--rules", "rules", "--trials", "1000", "--cache-dir", "cache")
                .directory(WORK.toFile()).redirectError(WORK.resolve("server.err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("the server's first line (stderr in " + WORK.resolve("server.err") + ")").isNotNull();
        Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(first);
        assertThat(m.find()).as(first).isTrue();
        url = m.group(1);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--user-data-dir=" + Files.createTempDirectory("hg-selenium-"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static void openTheScenario() {
        driver.get(url + "scenario?file=jk.yaml");
        waiting(300).until(d -> !d.findElements(By.id("live")).isEmpty());
    }

    /**
     * Waits until the answer to the last change has landed (a key press while no what-if is in flight sends one, and an
     * earlier answer may show before a later request starts) and returns the status line it wrote.
     */
    static String settled() {
        return waiting(300).until(d -> {
            String status = d.findElement(By.id("status")).getText();
            return "false".equals(d.findElement(By.id("live")).getAttribute("aria-busy")) && status.startsWith("your settings")
                    ? status : null;
        });
    }

    static List<String> pageErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel() == Level.SEVERE)
                .map(LogEntry::getMessage).toList();
    }

    @Test
    @Order(1)
    void theIndexListsTheScenarioWithItsScore() {
        driver.get(url);
        waiting(300).until(d -> !d.findElements(By.id("index")).isEmpty());
        assertThat(driver.findElement(By.id("index")).getText()).contains("jk.yaml").contains("65.6").containsIgnoringCase("durable");
        assertThat(pageErrors()).as("console errors, CSP violations included").isEmpty();
    }

    @Test
    @Order(2)
    void movingASliderRerunsTheWhatIfAndTheNumbersChange() {
        openTheScenario();
        WebElement slider = driver.findElement(By.cssSelector("input[data-path='commitments[jp-firms-contribute].chance']"));
        String before = driver.findElement(By.id("whatif")).getText();
        slider.click();
        for (int i = 0; i < 30; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        String status = settled();
        assertThat(status).contains("score").containsPattern("Δ [+]\\d");
        // the page times its redraw from the move, once painted, and says so
        String timed = waiting(60).until(d -> {
            String s = d.findElement(By.id("status")).getText();
            return s.contains("on screen") ? s : null;
        });
        assertThat(timed).startsWith(status).containsPattern("trials in \\d+ ms, on screen \\d+ ms after the change$");
        String after = driver.findElement(By.id("whatif")).getText();
        assertThat(after).isNotEqualTo(before).contains("your settings");
        assertThat(slider.getAttribute("value")).isNotEqualTo("0.35");
        assertThat(pageErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void editingARuleOnDiskReloadsThePageAndABrokenEditShowsItsLocatedError() throws Exception {
        openTheScenario();
        ((JavascriptExecutor) driver).executeScript("window.hgBeforeReload = true;");
        assertThat(driver.findElement(By.id("score")).getText()).startsWith("65.6");
        String rule = Files.readString(RULE);
        assertThat(rule).contains(WEIGHT);
        Files.writeString(RULE, rule.replace(WEIGHT, WEIGHT.replace("-6", "-1")));
        waiting(300).until(d -> ((JavascriptExecutor) d).executeScript("return window.hgBeforeReload === undefined "
                + "&& document.getElementById('score') !== null") == Boolean.TRUE);
        waiting(300).until(d -> d.findElement(By.id("score")).getText().startsWith("70.6"));

        ((JavascriptExecutor) driver).executeScript("window.hgBeforeReload = true;");
        Files.writeString(RULE, rule.replace(WEIGHT, WEIGHT.replace("-6", "-1 +")));
        waiting(300).until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("domestic-opposition.drl:");
        assertThat(driver.findElement(By.id("score")).getText()).as("the last good result").startsWith("70.6");
        Files.writeString(RULE, rule);
        waiting(300).until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty()
                && d.findElement(By.id("score")).getText().startsWith("65.6"));
    }

    @Test
    @Order(4)
    void savingAVariantChangesTheFileOnlyWhereTheVariantGoes() throws Exception {
        byte[] before = Files.readAllBytes(SCENARIO);
        openTheScenario();
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        // a what-if still in flight from the earlier tests may store its settings after the clear: let it land,
        // then clear again, so the page starts from the scenario as written
        Thread.sleep(1000);
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        openTheScenario();
        WebElement slider = driver.findElement(By.cssSelector("input[data-path='parties.KR.publicSupport']"));
        slider.click();
        for (int i = 0; i < 10; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        settled();
        String value = slider.getAttribute("value");
        driver.findElement(By.name("name")).sendKeys("brighter-mood");
        driver.findElement(By.name("description")).sendKeys("Korean support <b>rises</b> & holds");
        ((JavascriptExecutor) driver).executeScript("window.hgBeforeReload = true;");
        driver.findElement(By.cssSelector("#save button[type=submit]")).click();
        // the file changed on disk, so the page reloads and says what was saved
        waiting(120).until(d -> ((JavascriptExecutor) d).executeScript("return window.hgBeforeReload === undefined") == Boolean.TRUE
                && d.findElement(By.id("flash")).getText().startsWith("saved variant brighter-mood"));

        String was = new String(before, StandardCharsets.UTF_8);
        String now = Files.readString(SCENARIO);
        String inserted = "  brighter-mood:\n    description: \"Korean support <b>rises</b> & holds\"\n    set:\n"
                + "      \"parties.KR.publicSupport\": " + value + "\n";
        String anchor = "    set: { parties.KR.leader.termEnds: 2024-03-06 }\n";
        assertThat(now).isEqualTo(was.replace(anchor, anchor + inserted));
        byte[] after = Files.readAllBytes(SCENARIO);
        int prefix = 0;
        while (prefix < before.length && before[prefix] == after[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.length - prefix && before[before.length - 1 - suffix] == after[after.length - 1 - suffix]) {
            suffix++;
        }
        assertThat(prefix + suffix).as("bytes unchanged around the insertion").isEqualTo(before.length);
        assertThat(new String(after, prefix, after.length - before.length, StandardCharsets.UTF_8)).isEqualTo(inserted);

        // the same name again asks before replacing; declining leaves the file alone
        settled();
        driver.findElement(By.name("name")).sendKeys("brighter-mood");
        driver.findElement(By.cssSelector("#save button[type=submit]")).click();
        waiting(60).until(d -> {
            try {
                d.switchTo().alert().dismiss();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        waiting(60).until(d -> d.findElement(By.id("status")).getText().contains("not saved"));
        assertThat(Files.readString(SCENARIO)).isEqualTo(now);
        assertThat(pageErrors()).as("nothing but the expected 409 of the taken name")
                .allMatch(e -> e.contains("/api/variant") && e.contains("409"));
    }

    @Test
    @Order(5)
    void aSliderDraggedFasterThanTheServerAnswersSendsOneWhatIfAtATimeAndEndsOnItsLastPosition() throws Exception {
        openTheScenario();
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        openTheScenario();
        // counts the page's what-ifs in flight, and keeps the last one's settings
        ((JavascriptExecutor) driver).executeScript("""
                var plain = window.fetch;
                window.hgInFlight = 0; window.hgMostInFlight = 0; window.hgSent = 0; window.hgLastBody = null;
                window.fetch = function (url, init) {
                  if (String(url).indexOf('/api/whatif') < 0) { return plain(url, init); }
                  window.hgInFlight++; window.hgSent++; window.hgLastBody = init.body;
                  window.hgMostInFlight = Math.max(window.hgMostInFlight, window.hgInFlight);
                  return plain(url, init).finally(function () { window.hgInFlight--; });
                };""");
        WebElement slider = driver.findElement(By.cssSelector("input[data-path='commitments[jp-firms-contribute].chance']"));
        slider.click();
        for (int i = 0; i < 12; i++) { // moves 90 ms apart: sent as they came, each one would be a what-if of its own
            slider.sendKeys(Keys.ARROW_RIGHT);
            Thread.sleep(90);
        }
        settled();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(((Number) js.executeScript("return window.hgMostInFlight;")).intValue()).as("what-ifs in flight at once")
                .isEqualTo(1);
        assertThat(((Number) js.executeScript("return window.hgSent;")).intValue()).isBetween(1, 13);
        String last = (String) js.executeScript("return window.hgLastBody;");
        assertThat(last).as("the last what-if sent carries the slider's last position")
                .contains("\"value\":\"" + slider.getAttribute("value") + "\"");
        assertThat(pageErrors()).isEmpty();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
