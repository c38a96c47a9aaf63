package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest} from the command line: the DESIGN JSON shape, and a broken case that loses nothing else. */
class BacktestCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aBrokenCaseIsReportedAndTheOthersAreStillBackTested() throws Exception {
        Files.copy(Path.of("scenarios/history/1987-inf-treaty.yaml"), dir.resolve("inf.yaml"));
        Files.copy(Path.of("scenarios/history/2015-jcpoa.yaml"), dir.resolve("jcpoa.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "id: [\n");

        Run r = run("backtest", dir.toString(), "--trials", "100", "--format", "json", "--no-cache");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(dir.resolve("broken.yaml") + ":2:1: error: invalid YAML");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("cases").asInt()).isEqualTo(2);
        for (String key : new String[] {"brier", "logLoss", "baseRate", "brierBaseRate", "skill", "calibration"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("calibration").get(0).has("predicted")).isTrue();
        assertThat(json.get("perCase")).hasSize(2);
    }

    @Test
    void withoutScriptedCollapsesTheJcpoasReviewNoLongerEndsItAndNothingIsWritten() throws Exception {
        Files.copy(Path.of("scenarios/history/2015-jcpoa.yaml"), dir.resolve("jcpoa.yaml"));

        double written = new ObjectMapper().readTree(run("backtest", dir.toString(), "--trials", "400", "--format", "json",
                "--no-cache").out()).get("perCase").get(0).get("predicted").asDouble();
        double removed = new ObjectMapper().readTree(run("backtest", dir.toString(), "--trials", "400", "--format", "json",
                "--no-cache", "--without-scripted-collapses").out()).get("perCase").get(0).get("predicted").asDouble();
        Run write = run("backtest", dir.toString(), "--fit", "--write", "--without-scripted-collapses");

        // The congressional review's collapse (0.05) is the only scripted collapse: common random numbers keep the rest.
        assertThat(removed).isGreaterThan(written);
        assertThat(write.code()).isEqualTo(2);
        assertThat(write.err()).contains("--write does not go with --without-scripted-collapses");
    }

    @Test
    void writeWithoutFitIsABadArgument() {
        Run r = run("backtest", "scenarios/history", "--write");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: --write goes with --fit");
    }

    @Test
    void jsonNamesTheRulesAndHoldsTheSurvivalMetrics() throws Exception {
        Run r = run("backtest", "scenarios/history", "--trials", "50", "--format", "json", "--no-cache");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("rules").asText()).matches("[0-9a-f]{64}");
        assertThat(json.get("cIndex").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("brierAt")).hasSize(3);
        assertThat(json.get("brierAt").get(2).get("years").asInt()).isEqualTo(5);
        for (JsonNode b : json.get("brierAt")) {
            for (String key : new String[] {"years", "cases", "brier", "baseRateBrier", "skill"}) {
                assertThat(b.has(key)).as(key).isTrue();
            }
        }
        for (JsonNode c : json.get("curve")) {
            assertThat(c.get("low").asDouble()).isLessThanOrEqualTo(c.get("kaplanMeier").asDouble());
            assertThat(c.get("high").asDouble()).isGreaterThanOrEqualTo(c.get("kaplanMeier").asDouble());
            assertThat(c.get("predicted").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(json.get("baselines").has("intrastate")).isTrue();
        assertThat(json.get("trends").get("intrastate").get("lastYear").asInt()).as("the shipped rules hold the trend from 2009")
                .isEqualTo(2009);
    }

    @Test
    void fitReportsParametersWithIntervalsAndCrossValidatedScores() throws Exception {
        Run r = run("backtest", "scenarios/history", "--trials", "50", "--fit", "--folds", "3", "--format", "json",
                "--no-cache");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("fit").get("parameters")).extracting(p -> p.get("name").asText()).containsExactly("base", "slope");
        JsonNode slope = json.get("fit").get("parameters").get(1);
        assertThat(slope.get("low").asDouble()).isLessThanOrEqualTo(slope.get("value").asDouble());
        assertThat(json.get("crossValidation").get("method").asText()).isEqualTo("3-fold");
        assertThat(json.get("crossValidation").has("cIndex")).isTrue();
    }

    @Test
    void writeStoresTheFittedValuesWithTheirIntervalsInTheRuleComments() throws Exception {
        Path rules = dir.resolve("rules");
        dev.hardground.TestFiles.copyTree(Path.of("rules"), rules);

        Run r = run("backtest", "scenarios/history", "--trials", "50", "--fit", "--folds", "2", "--write", "--rules",
                rules.toString(), "--no-cache");

        assertThat(r.code()).isZero();
        String verdict = Files.readString(rules.resolve("verdict.drl"));
        assertThat(verdict).containsPattern("// Fitted by backtest --fit on 21 cases .*: base 0\\.\\d{4} \\(0\\.\\d{4}-0\\.\\d{4}\\), slope ");
        assertThat(verdict).containsPattern("ledger\\.hazardLink\\(0\\.\\d{4}, \\d\\.\\d{4}\\)");
        int notes = verdict.split("// Fitted by backtest").length;
        Run again = run("backtest", "scenarios/history", "--trials", "50", "--fit", "--folds", "2", "--write", "--rules",
                rules.toString(), "--no-cache");
        assertThat(again.code()).isZero();
        // a second fit replaces each note instead of adding one
        assertThat(Files.readString(rules.resolve("verdict.drl")).split("// Fitted by backtest").length).isEqualTo(notes);
    }

    @Test
    void reportWritesOneSelfContainedPage() throws Exception {
        Path html = dir.resolve("backtest.html");

        Run r = run("backtest", "scenarios/history", "--trials", "50", "--report", html.toString(), "--no-cache");

        assertThat(r.code()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'").contains("<svg")
                .contains("id=\"calibration\"").contains("Kaplan–Meier").contains("2016-paris-agreement-us")
                .doesNotContain("<script");
    }

    @Test
    void aCensoredCaseWithoutADateIsALocatedErrorAndTheOthersAreStillScored() throws Exception {
        Files.copy(Path.of("scenarios/history/1987-inf-treaty.yaml"), dir.resolve("inf.yaml"));
        Files.copy(Path.of("scenarios/history/2015-jcpoa.yaml"), dir.resolve("jcpoa.yaml"));
        String text = Files.readString(Path.of("scenarios/history/2010-new-start.yaml"))
                .replace("  status: survived\n  date: 2015-04-08\n", "  status: censored\n");
        Files.writeString(dir.resolve("censored.yaml"), text);
        Files.writeString(dir.resolve("broken.yaml"), "id: [\n");

        Run r = run("backtest", dir.toString(), "--trials", "50", "--format", "json", "--no-cache");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(dir.resolve("censored.yaml") + ":")
                .contains("error: a censored outcome needs a date: the last day the agreement was known to be in force")
                .contains(dir.resolve("broken.yaml") + ":2:1: error: invalid YAML");
        assertThat(new ObjectMapper().readTree(r.out()).get("cases").asInt()).isEqualTo(2);
    }

    @Test
    void outOfTimeNeedsCasesOnBothSides() {
        Run r = run("backtest", "scenarios/history", "--trials", "20", "--train-until", "1900", "--no-cache");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--train-until").contains("no case signed in or before 1900");
    }

    @Test
    void bandsPlaceTheShippedVerdictThresholdsFromTheHistoryCases() throws Exception {
        Run text = run("backtest", "scenarios/history", "--bands", "--band-targets", "0.75,0.5,5", "--no-cache");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("verdict bands from 21 cases").contains("score band")
                .contains("the rules now: durable ≥ 60, at-risk < 40 (rules/verdict.drl)");

        Run json = run("backtest", "scenarios/history", "--bands", "--format", "json", "--no-cache");
        JsonNode bands = new ObjectMapper().readTree(json.out());
        assertThat(bands.get("cases").asInt()).isEqualTo(21);
        assertThat(bands.get("minCases").asInt()).isEqualTo(10);
        int listed = 0;
        for (JsonNode b : bands.get("bands")) {
            listed += b.get("cases").asInt();
        }
        assertThat(listed).isEqualTo(21);
    }

    @Test
    void badBandTargetsAreAnArgumentError() {
        Run r = run("backtest", "scenarios/history", "--bands", "--band-targets", "0.4,0.5,10");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--band-targets takes three numbers");
    }
}
