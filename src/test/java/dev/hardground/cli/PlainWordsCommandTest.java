package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Commitment;
import dev.hardground.model.Scenario;
import dev.hardground.report.Numbers;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.SimulationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate}'s text opens by naming what went most with survival in its futures, with survival at both ends,
 * from the anatomy its own trials tallied: without {@code --explain-collapse}, and without changing the JSON.
 */
class PlainWordsCommandTest {
    private static final String REFERENCE = "scenarios/japan-korea-2023.yaml";
    private static final int TRIALS = 2_000;
    private static final Pattern NAMED = Pattern.compile(
            "went most with ([^:]+): (\\d+\\.\\d%) where (.+?), (\\d+\\.\\d%) where (.+?)[;(]");
    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileRules() {
        rules = RuleBase.compile(Path.of("rules"), Path.of("target", "test-rule-cache"));
    }

    /** The opening paragraph of simulate's text: the lines after the header, up to the first blank one, joined. */
    private static String paragraph(String out) {
        String[] blocks = out.split("\n\n");
        return Arrays.stream(blocks[1].split("\n")).map(String::strip).collect(Collectors.joining(" "));
    }

    /** Survival among the futures that saw {@code fact}, from the anatomy's shares. */
    private static double survivalAmong(CollapseAnatomy a, String fact) {
        CollapseAnatomy.Share s = a.facts().stream().filter(f -> f.fact().equals(fact)).findFirst().orElseThrow();
        double survived = s.amongSurvived() * a.survived();
        return survived / (survived + s.amongCollapsed() * a.collapsed());
    }

    private static String fact(String subject, String where) {
        return where.startsWith("it was ") ? subject + " " + where.substring("it was ".length()) : subject + ": " + where;
    }

    @Test
    void aPointScenarioOpensByNamingWhatWentMostWithSurvivalAndSurvivalAtItsEnds() throws Exception {
        CliRun run = CliRun.of("simulate", REFERENCE, "--trials", String.valueOf(TRIALS), "--threads", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        String words = paragraph(run.out());
        Scenario scenario = new ScenarioLoader().load(Path.of(REFERENCE)).base();
        CollapseAnatomy anatomy = CollapseAnatomy.of(rules, scenario,
                new SimulationOptions(TRIALS, SimulationOptions.DEFAULT_SEED, 1, null));

        Matcher m = NAMED.matcher(words);
        assertThat(m.find()).as(words).isTrue();
        String subject = m.group(1);
        double best = survivalAmong(anatomy, fact(subject, m.group(3)));
        double worst = survivalAmong(anatomy, fact(subject, m.group(5)));
        assertThat(m.group(2)).isEqualTo(Numbers.percent(best));
        assertThat(m.group(4)).isEqualTo(Numbers.percent(worst));
        assertThat(best - worst).as("the strongest split is named first").isPositive();
        for (Commitment c : scenario.commitments()) {
            if (anatomy.facts().stream().anyMatch(f -> f.fact().equals(c.id() + " broken"))
                    && anatomy.facts().stream().anyMatch(f -> f.fact().equals(c.id() + " kept"))) {
                assertThat(survivalAmong(anatomy, c.id() + " kept") - survivalAmong(anatomy, c.id() + " broken"))
                        .as(c.id()).isLessThanOrEqualTo(best - worst);
            }
        }
        assertThat(words).startsWith("Survival to 2030-12-31 is ").contains("among the futures that saw each")
                .doesNotContain("--explain-collapse");
        assertThat(run.out()).as("the anatomy's table stays behind its flag").doesNotContain("had in common");
    }

    @Test
    void theParagraphIsTheSameWithTheAnatomyShownAndWhateverTheThreads() {
        String[] args = {"simulate", REFERENCE, "--trials", String.valueOf(TRIALS)};
        CliRun one = CliRun.of(concat(args, "--threads", "1"));
        CliRun two = CliRun.of(concat(args, "--threads", "2"));
        CliRun explained = CliRun.of(concat(args, "--explain-collapse"));

        assertThat(one.out()).isEqualTo(two.out());
        assertThat(explained.out()).startsWith(one.out()).contains("had in common");
    }

    @Test
    void theJsonIsUnchangedWithoutTheFlagAndGainsOnlyTheAnatomyWithIt() {
        String[] args = {"simulate", REFERENCE, "--trials", String.valueOf(TRIALS), "--format", "json"};
        CliRun plain = CliRun.of(args);
        CliRun explained = CliRun.of(concat(args, "--explain-collapse"));

        assertThat(plain.out()).doesNotContain("collapseAnatomy").doesNotContain("went most with");
        assertThat(explained.out().replaceFirst("(?s),\\n  \"collapseAnatomy\" : \\{.*?\\n  }", ""))
                .isEqualTo(plain.out());
    }

    @Test
    void aScenarioThatLeavesNothingToChanceSaysSoInsteadOfNamingAnInput() throws Exception {
        Path file = dir.resolve("settled.yaml");
        Files.writeString(file, """
                id: settled
                asOf: 2023-03-07
                horizon: 2026-12-31
                agreement: { name: Accord, form: treaty, ratified: true, parties: [A, B] }
                parties:
                  A: { name: Alpha, leader: { name: One } }
                  B: { name: Beta, leader: { name: Two } }
                """);
        CliRun run = CliRun.of("simulate", file.toString(), "--trials", "500");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(paragraph(run.out())).matches("Survival to 2026-12-31 is \\d+\\.\\d%\\. No event or commitment went"
                + " more than one way in these futures \\(the scenario leaves none of them to chance\\), so none can be"
                + " named; sensitivity swings each input to the ends of its range\\.");
    }

    private static String[] concat(String[] args, String... more) {
        String[] out = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }
}
