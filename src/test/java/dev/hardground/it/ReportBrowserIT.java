package dev.hardground.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's HTML report opened in a real browser, headless Chromium, offline. Two looks at it:
 * <ul>
 * <li>the report as written is screenshotted with Chromium's log on stderr: any console message (a script error,
 * a blocked fetch reported by the page's Content-Security-Policy) would appear there as a {@code CONSOLE} line;
 * <li>a copy with a probe script injected (the CSP widened for that one inline script) is loaded with
 * {@code --dump-dom}: after the load event the probe writes each chart's rendered size and every error it saw
 * into a hidden element, which the test reads back from the DOM.
 * </ul>
 * Chromium is required: .ci/run installs it, and without it this test fails with a message saying so.
 */
class ReportBrowserIT {
    static final Path WORK = Path.of("target", "report-it");
    static final Path REPORT = WORK.resolve("report.html");
    static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

    static final String ERROR_CATCHER = """
            <script>
            window.hgErrors = [];
            window.addEventListener('error', function (e) {
              hgErrors.push('error ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'resource'));
            }, true);
            window.addEventListener('unhandledrejection', function (e) { hgErrors.push('rejection ' + e.reason); });
            document.addEventListener('securitypolicyviolation', function (e) {
              hgErrors.push('csp ' + e.violatedDirective + ' ' + e.blockedURI);
            });
            </script>
            """;
    static final String PROBE = """
            <script>
            window.addEventListener('load', function () {
              var lines = [];
              document.querySelectorAll('figure.chart').forEach(function (f) {
                var svg = f.querySelector('svg');
                var r = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
                lines.push('chart ' + f.getAttribute('data-chart') + ' ' + Math.round(r.width) + ' '
                  + Math.round(r.height) + ' ' + (svg ? svg.querySelectorAll('text').length : 0));
              });
              document.querySelectorAll('header[id], section[id]').forEach(function (s) {
                lines.push('section ' + s.id + ' ' + Math.round(s.getBoundingClientRect().height));
              });
              lines.push('scroll ' + document.documentElement.scrollWidth + ' ' + window.innerWidth);
              document.querySelectorAll('table, figure, dl, p, h1, h2').forEach(function (el) {
                var r = el.getBoundingClientRect();
                if (r.right > window.innerWidth + 1) {
                  var at = el.closest('section, header');
                  lines.push('overflow ' + el.tagName.toLowerCase() + ' in #' + (at ? at.id : 'page') + ' ' + Math.round(r.right));
                }
              });
              hgErrors.forEach(function (e) { lines.push(e); });
              var pre = document.createElement('pre');
              pre.id = 'hg-probe';
              pre.hidden = true;
              pre.textContent = lines.join('\\n');
              document.body.appendChild(pre);
              if (window.parent !== window) {
                window.parent.postMessage(pre.textContent, '*'); // probed inside a narrow frame: hand the lines out
              }
            });
            </script>
            """;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void writeTheReportWithThePackagedJar() throws Exception {
        Browsers.chromium(); // skips (or, under CI=true, fails) before any work when there is no browser
        Files.createDirectories(WORK);
        Files.deleteIfExists(REPORT);
        Run r = run(List.of("java", "-jar", "target/hardground.jar", "report", "scenarios/japan-korea-2023.yaml",
                "--out", REPORT.toString(), "--trials", "2000"), 300);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(REPORT).exists();
    }

    @Test
    void theReportRendersWithoutAnyConsoleMessageAndTheScreenshotIsNotBlank() throws Exception {
        Path shot = WORK.resolve("report-screenshot.png");
        Files.deleteIfExists(shot);

        Run r = chromium(REPORT, "--screenshot=" + shot.toAbsolutePath(), "--window-size=1280,2400");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(consoleLines(r.err())).as("console messages from the page").isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("screenshot").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
        assertThat(colours(image)).as("distinct colours: text and charts, not an empty page").isGreaterThan(50);
    }

    @Test
    void everyChartHasASizeAndThePageLoggedNoError() throws Exception {
        List<String> lines = probe(1280);
        assertThat(lines).as("errors seen by the page").noneMatch(l -> !l.startsWith("chart ") && !l.startsWith("section ")
                && !l.startsWith("scroll "));
        List<String> charts = lines.stream().filter(l -> l.startsWith("chart ")).toList();
        assertThat(charts).extracting(l -> l.split(" ")[1]).containsExactly("factors", "survival", "causes");
        for (String chart : charts) {
            String[] f = chart.split(" ");
            assertThat(Integer.parseInt(f[2])).as(chart + ": width").isGreaterThan(600);
            assertThat(Integer.parseInt(f[3])).as(chart + ": height").isGreaterThan(100);
            assertThat(Integer.parseInt(f[4])).as(chart + ": text elements").isPositive();
        }
        assertThat(lines.stream().filter(l -> l.startsWith("section ")).map(l -> l.split(" ")[1]))
                .containsExactly("summary", "factors", "survival", "outside-view", "causes", "anatomy", "whatif", "explanation");
        assertThat(lines.stream().filter(l -> l.startsWith("section ")))
                .allSatisfy(l -> assertThat(Integer.parseInt(l.split(" ")[2])).as(l).isGreaterThan(50));
    }

    @Test
    void atFourHundredTwentyPixelsNothingRunsOffThePageSideways() throws Exception {
        List<String> lines = probe(420);

        assertThat(lines).as("elements wider than a 420 px window").noneMatch(l -> l.startsWith("overflow "));
        String[] scroll = lines.stream().filter(l -> l.startsWith("scroll ")).findFirst().orElseThrow().split(" ");
        assertThat(Integer.parseInt(scroll[2])).as("the page's own width").isEqualTo(420);
        assertThat(Integer.parseInt(scroll[1])).as("page width at a 420 px window").isLessThanOrEqualTo(420);
        assertThat(lines.stream().filter(l -> l.startsWith("chart "))).allSatisfy(l ->
                assertThat(Integer.parseInt(l.split(" ")[2])).as(l + ": width").isLessThanOrEqualTo(420));
    }

    /**
     * The report with the probe injected, {@code width} px wide: the probe's lines. Headless Chromium opens no
     * window narrower than 500 px, so a narrower page is loaded in an iframe of that width inside a wider window,
     * and the probe hands its lines to the outer page, which Chromium dumps.
     */
    private static List<String> probe(int width) throws Exception {
        String html = Files.readString(REPORT, StandardCharsets.UTF_8);
        String probed = html.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
                .replaceFirst("<head>", "<head>\n" + Matcher.quoteReplacement(ERROR_CATCHER))
                .replace("</body>", PROBE + "</body>");
        Path copy = WORK.resolve("report-probed-" + width + ".html");
        Files.writeString(copy, probed, StandardCharsets.UTF_8);
        Path page = copy;
        if (width < 500) {
            page = WORK.resolve("frame-" + width + ".html");
            Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
                    + "<iframe src=\"" + copy.getFileName() + "\" style=\"width:" + width + "px;height:2400px;border:0\">"
                    + "</iframe><pre id=\"hg-probe\" hidden=\"\"></pre><script>window.addEventListener('message',"
                    + " function (e) { document.getElementById('hg-probe').textContent = e.data; });</script>"
                    + "</body></html>\n", StandardCharsets.UTF_8);
        }

        Run r = chromium(page, "--dump-dom", "--virtual-time-budget=10000", "--window-size=" + Math.max(width, 1000) + ",2400");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(consoleLines(r.err())).as("console messages from the page").isEmpty();
        Matcher m = Pattern.compile("(?s)<pre id=\"hg-probe\" hidden=\"\">(.*?)</pre>").matcher(r.out());
        assertThat(m.find()).as("the probe ran after load and wrote its findings into the DOM").isTrue();
        List<String> lines = m.group(1).lines().toList();
        assertThat(lines).as("the probe's findings").isNotEmpty();
        return lines;
    }

    private static Run chromium(Path page, String... extra) throws Exception {
        Path profile = Files.createTempDirectory("hg-chromium-");
        List<String> command = new ArrayList<>(List.of(Browsers.chromium().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--host-resolver-rules=MAP * ~NOTFOUND"));
        command.addAll(List.of(extra));
        command.add(page.toAbsolutePath().toUri().toString());
        return run(command, 120);
    }

    private static List<String> consoleLines(String stderr) {
        return stderr.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("hg-out", ".txt");
        Path err = Files.createTempFile("hg-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out after " + seconds + " s: " + String.join(" ", command));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
