package dev.hardground.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.cli.Main;
import dev.hardground.spark.SparkJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark job on {@code local[2]} against the CLI, in one JVM: same files, same seed, same bytes out.
 * Trials are split into small tasks so that tallies and paths really are merged from several executors' chunks.
 * Runs in its own failsafe execution, the only one with Spark's --add-opens flags.
 */
class SparkJobIT {
    private static final Path OUT = Path.of("target", "spark-it");

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void localCluster() throws Exception {
        System.setProperty("spark.master", "local[2]");
        Files.createDirectories(OUT);
    }

    private static Run run(BiFunction<PrintWriter, PrintWriter, Integer> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = command.apply(new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run cli(String... args) {
        return run((out, err) -> Main.run(out, err, args));
    }

    private static Run spark(String... args) {
        return run((out, err) -> SparkJob.run(out, err, args));
    }

    @Test
    void aFileWithRangedInputsGivesTheCliNumbersWhichDrawTheRanges() throws Exception {
        Path dir = Files.createDirectories(OUT.resolve("ranged"));
        Path ranged = dir.resolve("ranged.yaml");
        Files.writeString(ranged, Files.readString(Path.of("scenarios/japan-korea-2023.yaml"))
                .replace("chance: 0.35", "chance: 0.2 to 0.5").replace("../schema/", "../../../schema/"));
        Path cliJson = OUT.resolve("cli-ranged.json");
        Path sparkJson = OUT.resolve("spark-ranged.json");
        Run cli = cli("batch", dir.toString(), "--trials", "400", "--json", cliJson.toString());
        Run spark = spark("batch", dir.toString(), "--trials", "400", "--trials-per-task", "150", "--json", sparkJson.toString());

        assertThat(spark.exit()).as(spark.err()).isEqualTo(cli.exit());
        // The CLI draws the range (nested draws of the inputs); tallies of the range's mean would differ.
        assertThat(untimed(Files.readString(sparkJson, StandardCharsets.UTF_8)))
                .isEqualTo(untimed(Files.readString(cliJson, StandardCharsets.UTF_8)));
    }

    @Test
    void batchOnSparkWritesTheCliBatchJsonByteForByte() throws Exception {
        Path cliJson = OUT.resolve("cli-batch.json");
        Path sparkJson = OUT.resolve("spark-batch.json");
        Run cli = cli("batch", "scenarios/", "--trials", "400", "--json", cliJson.toString());
        Run spark = spark("batch", "scenarios/", "--trials", "400", "--trials-per-task", "150", "--json", sparkJson.toString());

        assertThat(spark.exit()).as(spark.err()).isEqualTo(cli.exit()).isZero();
        // byte for byte but for each row's "time", the only field that measures the run instead of the result
        assertThat(untimed(Files.readString(sparkJson, StandardCharsets.UTF_8)))
                .isEqualTo(untimed(Files.readString(cliJson, StandardCharsets.UTF_8)));
        assertThat(spark.out()).isEqualTo(cli.out());
        String json = Files.readString(sparkJson, StandardCharsets.UTF_8);
        assertThat(json).contains("\"survival\" : {").contains("\"file\" : \"scenarios/japan-korea-2023.yaml\"");
    }

    @Test
    void backtestOnSparkPrintsTheCliJsonAndFitByteForByte() {
        Run cli = cli("backtest", "scenarios/history", "--trials", "300", "--format", "json");
        Run spark = spark("backtest", "scenarios/history", "--trials", "300", "--trials-per-task", "128", "--format", "json");

        assertThat(spark.exit()).as(spark.err()).isEqualTo(cli.exit()).isZero();
        assertThat(spark.out()).isEqualTo(cli.out()).contains("\"perCase\"").contains("\"brier\"");

        Run cliFit = cli("backtest", "scenarios/history", "--trials", "40", "--fit");
        Run sparkFit = spark("backtest", "scenarios/history", "--trials", "40", "--trials-per-task", "16", "--fit");
        assertThat(sparkFit.exit()).as(sparkFit.err()).isZero();
        assertThat(sparkFit.out()).isEqualTo(cliFit.out()).contains("leave-one-out");
    }

    @Test
    void filesAndRulesReadThroughHadoopUrisGiveTheSameResultsNamedByUri() throws Exception {
        String here = Path.of("").toAbsolutePath().toUri().toString(); // file:///…/ ; Hadoop names files file:/…/
        String hadoopPrefix = "file:" + Path.of("").toAbsolutePath() + "/";
        Path cliJson = OUT.resolve("cli-history.json");
        Path sparkJson = OUT.resolve("spark-history-uri.json");
        cli("batch", "scenarios/history", "--trials", "200", "--json", cliJson.toString());
        Run spark = spark("batch", here + "scenarios/history", "--rules", here + "rules", "--trials", "200",
                "--json", sparkJson.toString());

        assertThat(spark.exit()).as(spark.err()).isZero();
        String uriNamed = Files.readString(sparkJson, StandardCharsets.UTF_8);
        assertThat(uriNamed).contains("\"file\" : \"" + hadoopPrefix + "scenarios/history/");
        assertThat(untimed(uriNamed.replace(hadoopPrefix, ""))).isEqualTo(untimed(Files.readString(cliJson, StandardCharsets.UTF_8)));
    }

    @Test
    void globalSensitivityOnSparkPrintsTheCliIndicesByteForByte() {
        String[] args = {"sensitivity", "bench/ranged-10.yaml", "--global", "--samples", "12", "--point-trials", "8",
                "--trials", "200", "--format", "json"};
        Run cli = cli(args);
        Run spark = spark(args);

        assertThat(spark.exit()).as(spark.err()).isEqualTo(cli.exit()).isZero();
        // 12 x (10 + 2) points, cut into tasks of 16 over local[2]'s 8 partitions and joined in point order
        assertThat(spark.out()).isEqualTo(cli.out()).contains("\"first\"").contains("\"total\"");
        Run text = spark("sensitivity", "bench/ranged-10.yaml", "--global", "--samples", "10", "--point-trials", "4",
                "--trials", "100");
        assertThat(text.out()).isEqualTo(cli("sensitivity", "bench/ranged-10.yaml", "--global", "--samples", "10",
                "--point-trials", "4", "--trials", "100").out());
    }

    @Test
    void globalSensitivityOnSparkRefusesAScenarioWithoutRangesAsTheCliDoes() {
        String[] args = {"sensitivity", "scenarios/japan-korea-2023.yaml", "--global", "--samples", "10"};
        Run cli = cli(args);
        Run spark = spark(args);
        assertThat(spark.exit()).isEqualTo(cli.exit()).isEqualTo(2);
        assertThat(spark.err()).isEqualTo(cli.err()).contains("scenarios/japan-korea-2023.yaml").contains("error:")
                .doesNotContain("Exception");
    }

    @Test
    void aPathThatNamesNothingIsALocatedErrorAndExitTwoAsInTheCli() {
        Run spark = spark("batch", "scenarios/japan-korea-2023.yaml", "nowhere/", "--trials", "50");
        Run cli = cli("batch", "scenarios/japan-korea-2023.yaml", "nowhere/", "--trials", "50");

        assertThat(spark.exit()).isEqualTo(cli.exit()).isEqualTo(2);
        assertThat(spark.err()).isEqualTo(cli.err()).contains("nowhere/:1:1: error: no such file or directory");
        assertThat(spark.err()).doesNotContain("Exception");
        assertThat(spark.out()).isEqualTo(cli.out());
    }

    @Test
    void theCliJarCarriesTheJobButNoSparkOrScala() throws Exception {
        Path jar = Path.of("target", "hardground.jar");
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).contains("dev/hardground/spark/SparkJob.class");
            assertThat(names).noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                    || n.startsWith("org/apache/hadoop/"));
        }
    }

    /** The batch JSON with every row's wall time set to 0. */
    private static String untimed(String json) {
        return json.replaceAll("\"time\" : [0-9.eE+-]+", "\"time\" : 0");
    }
}
