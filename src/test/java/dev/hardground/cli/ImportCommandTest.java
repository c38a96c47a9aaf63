package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import ucdp-pad}: exit codes, reruns, overwriting, and the lint of what it writes. */
class ImportCommandTest {
    private static final String FIXTURE = "src/test/resources/evidence/pad-fixture.csv";

    @TempDir
    Path dir;

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void badRowsExitTwoAfterWritingTheGoodOnes() throws Exception {
        CliRun run = CliRun.of("import", "ucdp-pad", FIXTURE, "--out", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(FIXTURE + ":6:1: error: paid 104: invalid date '2001-13-40'")
                .contains(FIXTURE + ":7:1: error: paid 105: unknown code '7' in 'pa_type'")
                .contains("imported 5 of 7 rows").doesNotContain("Exception");
        assertThat(files(dir)).hasSize(5);
        CliRun lint = CliRun.of(Stream.concat(Stream.of("lint"), files(dir).stream().map(Path::toString)).toArray(String[]::new));
        assertThat(lint.exit()).as(lint.err()).isZero();
    }

    @Test
    void aRerunWritesTheSameBytesAndChangesNothing() throws Exception {
        CliRun.of("import", "ucdp-pad", FIXTURE, "--out", dir.toString());
        Path one = dir.resolve("2019-juba-declaration.yaml");
        byte[] before = Files.readAllBytes(one);

        CliRun again = CliRun.of("import", "ucdp-pad", FIXTURE, "--out", dir.toString());

        assertThat(Files.readAllBytes(one)).isEqualTo(before);
        assertThat(again.err()).contains("0 written, 5 unchanged");
    }

    @Test
    void anEditedFileIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        CliRun.of("import", "ucdp-pad", FIXTURE, "--out", dir.toString());
        Path edited = dir.resolve("2019-juba-declaration.yaml");
        Path other = dir.resolve("2000-peace-process-framework.yaml");
        Files.writeString(edited, "# my notes\n" + Files.readString(edited));
        Files.delete(other);

        CliRun kept = CliRun.of("import", "ucdp-pad", FIXTURE, "--out", dir.toString());

        assertThat(kept.exit()).isEqualTo(2);
        assertThat(kept.err()).contains(edited + ":1:1: error: exists with other contents: not overwritten");
        assertThat(Files.readString(edited)).startsWith("# my notes");
        assertThat(other).as("the other rows are still written").exists();

        CliRun forced = CliRun.of("import", "ucdp-pad", FIXTURE, "--out", dir.toString(), "--force");
        assertThat(Files.readString(edited)).doesNotContain("# my notes");
        assertThat(forced.err()).contains("1 written");
    }

    @Test
    void aMissingColumnWritesNothing() throws Exception {
        Path csv = dir.resolve("extract.csv");
        Files.writeString(csv, Files.readString(Path.of(FIXTURE)).replaceFirst(",cease,", ",ceasefire,"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("import", "ucdp-pad", csv.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(csv + ":1:1: error: missing column 'cease' in the header");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFileIsALocatedError() {
        CliRun run = CliRun.of("import", "ucdp-pad", "no/such.csv", "--out", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("no/such.csv:1:1: error: no such file");
    }
}
