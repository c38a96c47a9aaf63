package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code report} run in-process as the launcher runs it: files written, PNGs, atomic replacement, exit codes. */
class ReportCommandTest {
    static final String SCENARIO = "scenarios/japan-korea-2023.yaml";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--cache-dir", "target/test-rule-cache", "--threads", "2"));
        if (!all.contains("--trials")) {
            all.addAll(List.of("--trials", "300"));
        }
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesTheReportAndEveryChartAsPng() throws IOException {
        Path html = dir.resolve("out/report.html");
        Path png = dir.resolve("png");

        Run r = run("report", SCENARIO, "--out", html.toString(), "--png", png.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + html);
        assertThat(Files.readString(html)).contains("id=\"whatif\"", "data-chart=\"survival\"")
                .as("no tornado unless asked for").doesNotContain("id=\"sensitivity\"");
        assertThat(png.resolve("tornado.png")).doesNotExist();
        for (String chart : List.of("factors", "survival", "causes")) {
            Path file = png.resolve(chart + ".png");
            assertThat(r.out()).contains("wrote " + file);
            BufferedImage image;
            try (InputStream in = Files.newInputStream(file)) {
                image = ImageIO.read(in);
            }
            assertThat(image).as(chart + ".png decodes as an image").isNotNull();
            assertThat(image.getWidth()).isEqualTo(1100);
            assertThat(image.getHeight()).isGreaterThan(150);
        }
    }

    @Test
    void tornadoAddsTheSensitivitySectionAndItsChart() throws IOException {
        Path html = dir.resolve("report.html");
        Path png = dir.resolve("png");

        Run r = run("report", SCENARIO, "--tornado", "--trials", "100", "--out", html.toString(), "--png", png.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("id=\"sensitivity\"", "data-chart=\"tornado\"",
                "<code>parties.KR.earlyExitChance</code>", "<code>commitments[jp-firms-contribute].chance</code>");
        assertThat(png.resolve("tornado.png")).isNotEmptyFile();
    }

    @Test
    void onlyChoosesTheWhatIfsShown() throws IOException {
        Path html = dir.resolve("report.html");

        Run r = run("report", SCENARIO, "--only", "us-brokered", "--out", html.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("<strong>us-brokered</strong>")
                .doesNotContain("<strong>late-in-term</strong>").doesNotContain("<strong>no-japanese-money</strong>");
    }

    @Test
    void anExistingReportIsReplacedByRenameNotRewrittenInPlace() throws IOException {
        Path html = dir.resolve("report.html");
        Files.writeString(html, "old report");
        try (InputStream before = Files.newInputStream(html)) {
            Run r = run("report", SCENARIO, "--out", html.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(new String(before.readAllBytes(), StandardCharsets.UTF_8))
                    .as("a reader that opened the old file still sees all of it").isEqualTo("old report");
        }
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void aFailedRunLeavesTheOldReportUntouched() throws IOException {
        Path html = dir.resolve("report.html");
        Files.writeString(html, "old report");

        Run r = run("report", SCENARIO, "--variant", "no-such-variant", "--out", html.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readString(html)).isEqualTo("old report");
    }

    @Test
    void refusesToOverwriteTheScenarioItself() throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.copy(Path.of(SCENARIO), scenario);

        Run r = run("report", scenario.toString(), "--out", scenario.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("refusing to overwrite an input file");
        assertThat(Files.readString(scenario)).isEqualTo(Files.readString(Path.of(SCENARIO)));
    }

    @Test
    void aPngDirectoryThatIsAFileIsBadInput() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");

        Run r = run("report", SCENARIO, "--out", dir.resolve("r.html").toString(), "--png", notADir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error:").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file        | report no-such.yaml --out OUT                          | no-such.yaml:1:1: error:",
        "unknown variant     | report scenarios/japan-korea-2023.yaml --variant nope --out OUT | no variant 'nope'",
        "no --out            | report scenarios/japan-korea-2023.yaml                 | Missing required option: '--out=FILE'",
        "zero trials         | report scenarios/japan-korea-2023.yaml --out OUT --trials 0 | --trials must be at least 1",
        "out is a directory  | report scenarios/japan-korea-2023.yaml --out DIR        | is a directory",
        "horizon before asOf | report scenarios/japan-korea-2023.yaml --out OUT --horizon 2020-01-01 | is not after the scenario's asOf",
    })
    void badInputExitsTwoWithALocatedError(String name, String command, String message) {
        String[] args = command.replace("OUT", dir.resolve("r.html").toString()).replace("DIR", dir.toString())
                .split(" +");

        Run r = run(args);

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("\tat ");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }
}
