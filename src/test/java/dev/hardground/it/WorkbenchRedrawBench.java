package dev.hardground.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The benchmark behind issue 16's "moving one … redraws … within 100 ms" (run by {@code bench/browser.sh}, figures
 * in docs/performance.md; not a test): a server at {@code URL} that already has the reference scenario's page
 * open is warmed by {@code WARM} what-ifs posted over HTTP at settings off the slider's grid, as {@code bench/serve.sh}
 * warms it, and then its page in headless Chromium has the slider of
 * {@code commitments[kr-foundation-pays].chance} moved to each of {@code MOVES} new settings, one at a time,
 * as a user's move fires it (the control's value set and its {@code input} event dispatched). For each move the
 * page's own figure: from the move to the frame after the answer's redraw was painted, and the server's part.
 *
 * <p>Usage: {@code WorkbenchRedrawBench URL TOKEN [WARM] [MOVES]}.
 */
public final class WorkbenchRedrawBench {
    private static final String PATH = "commitments[kr-foundation-pays].chance";

    private WorkbenchRedrawBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String token = args[1];
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int moves = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        warm(url, token, warm);
        WebDriver driver = browser();
        try {
            driver.get(url + "scenario?file=japan-korea-2023.yaml");
            wait(driver).until(d -> !d.findElements(By.id("live")).isEmpty());
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("sessionStorage.clear();");
            List<long[]> figures = new ArrayList<>();
            System.out.println("move  setting  on screen ms  server ms");
            for (int m = 0; m < moves; m++) {
                String value = String.format(Locale.ROOT, "%.2f", 0.20 + 0.01 * m); // on the grid: never warmed
                String before = attribute(driver, "data-shown");
                js.executeScript("var c = document.querySelector(\"input[data-path='" + PATH + "']\");"
                        + "c.value = arguments[0]; c.dispatchEvent(new Event('input', { bubbles: true }));", value);
                wait(driver).until(d -> !attribute(d, "data-shown").equals(before)
                        && "false".equals(d.findElement(By.id("live")).getAttribute("aria-busy")));
                long shown = Long.parseLong(attribute(driver, "data-shown-millis"));
                long server = Long.parseLong(attribute(driver, "data-server-millis"));
                figures.add(new long[] {shown, server});
                System.out.printf(Locale.ROOT, "%4d  %7s  %12d  %9d%n", m + 1, value, shown, server);
            }
            System.out.printf(Locale.ROOT, "medians over %d moves: on screen %d ms, server %d ms%n", moves,
                    median(figures, 0), median(figures, 1));
        } finally {
            driver.quit();
        }
    }

    /** What-ifs posted as the page posts them, at settings between the slider's (bench/serve.sh's warm-up). */
    private static void warm(String url, String token, int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String origin = url.substring(0, url.length() - 1);
        for (int j = 0; j < count; j++) {
            String value = String.format(Locale.ROOT, "%.4f", 0.0125 + 0.025 * (j % 30) + 0.0001 * (j / 30));
            HttpRequest post = HttpRequest.newBuilder(URI.create(url + "api/whatif"))
                    .header("X-Hardground-Token", token).header("Origin", origin)
                    .header("Sec-Fetch-Site", "same-origin").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"file\":\"japan-korea-2023.yaml\",\"sets\":[{\"path\":\""
                            + PATH + "\",\"value\":\"" + value + "\"}]}"))
                    .build();
            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("warm-up what-if " + value + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    private static WebDriver browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browsers.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--user-data-dir=" + Files.createTempDirectory("hg-bench-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Browsers.chromedriver().toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** An attribute of the page's body, as the page's script set it ("null" when it has not). */
    private static String attribute(WebDriver driver, String name) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.getAttribute(arguments[0]);",
                name));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(120));
    }

    private static long median(List<long[]> figures, int column) {
        long[] sorted = figures.stream().mapToLong(f -> f[column]).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
