package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardground.analysis.BatchFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    static Path repo;

    static Path rules;
    static Path edited;
    static String scenarios;
    static String cache;

    @BeforeAll
    static void rulesAndScenarios() throws Exception {
        rules = BatchFixtures.rules(repo);
        edited = BatchFixtures.write(repo.resolve("edited/fixture.drl"),
                BatchFixtures.RULES.replace("ledger.add(20, \"ratified", "ledger.add(12, \"ratified")).getParent();
        BatchFixtures.write(repo.resolve("scenarios/passing.yaml"), BatchFixtures.PASSING);
        BatchFixtures.write(repo.resolve("scenarios/deal.yaml"), BatchFixtures.FAILING);
        scenarios = repo.resolve("scenarios").toString();
        cache = repo.resolve(".cache").toString();
    }

    private static CliRun diff(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("diff", "--cache-dir", cache));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void showsOnlyChangedRowsSideBySideAndExitsZeroWithoutFailOnChange() {
        CliRun run = diff("--rules", edited.toString(), "--against", rules.toString(), scenarios);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("passing ").contains("70.0 durable").contains("62.0 fragile").contains("-8.0")
                .contains("verdict changed").doesNotContain("deal").doesNotContain("[unratified]")
                .contains("1 of 3 scenario-variants shown");
    }

    @Test
    void failOnChangeExitsOneWhenARowChangedAndZeroWhenNothingDid() {
        assertThat(diff("--rules", edited.toString(), "--against", rules.toString(), "--fail-on-change", scenarios).exit())
                .isEqualTo(1);
        CliRun same = diff("--rules", rules.toString(), "--against", rules.toString(), "--fail-on-change", scenarios);
        assertThat(same.exit()).isZero();
        assertThat(same.out()).contains("no changes in 3 scenario-variants");
    }

    @Test
    void allShowsEveryRowAndJsonCarriesBothSides() throws Exception {
        CliRun run = diff("--rules", edited.toString(), "--against", rules.toString(), "--all", "--format", "json", scenarios);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("compared").asInt()).isEqualTo(3);
        assertThat(json.get("changed").asInt()).isEqualTo(1);
        assertThat(json.get("rows")).hasSize(3);
        JsonNode passing = json.get("rows").get(1);
        assertThat(passing.get("scenario").asText()).isEqualTo("passing");
        assertThat(passing.get("against").get("score").asDouble()).isEqualTo(70.0);
        assertThat(passing.get("rules").get("verdict").asText()).isEqualTo("fragile");
        assertThat(passing.get("deltaScore").asDouble()).isEqualTo(-8.0);
    }

    @Test
    void againstRevTakesTheRulesFromAGitRevision(@TempDir Path work) throws Exception {
        BatchFixtures.rules(work);
        git(work, "init", "-q");
        git(work, "add", "rules");
        git(work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rules");
        Files.writeString(work.resolve("rules/fixture.drl"),
                BatchFixtures.RULES.replace("ledger.add(20, \"ratified", "ledger.add(12, \"ratified"));

        CliRun run = diff("--rules", work.resolve("rules").toString(), "--against-rev", "HEAD", "--fail-on-change", scenarios);

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("@HEAD").contains("-8.0");
        CliRun bad = diff("--rules", work.resolve("rules").toString(), "--against-rev", "no-such-rev", scenarios);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: --against-rev: unknown git revision 'no-such-rev'");
    }

    @Test
    void againstRevLeavesNoTemporaryDirectoryBehindEvenWhenItFails(@TempDir Path work) throws Exception {
        BatchFixtures.rules(work);
        BatchFixtures.write(work.resolve("README.md"), "first commit has no rules\n");
        git(work, "init", "-q");
        git(work, "add", "README.md");
        git(work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "no rules yet");
        git(work, "add", "rules");
        git(work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rules");
        long before = temporaryRuleDirs();

        CliRun ok = diff("--rules", work.resolve("rules").toString(), "--against-rev", "HEAD", scenarios);
        CliRun missing = diff("--rules", work.resolve("rules").toString(), "--against-rev", "HEAD~1", scenarios);

        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: --against-rev: no rules at revision HEAD~1");
        assertThat(temporaryRuleDirs()).as("hardground-rules-* folders in java.io.tmpdir").isEqualTo(before);
    }

    private static long temporaryRuleDirs() throws java.io.IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("hardground-rules-")).count();
        }
    }

    @Test
    void againstRevOutsideAGitRepositoryIsInvalidInput() {
        CliRun run = diff("--rules", rules.toString(), "--against-rev", "HEAD", scenarios);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: --against-rev: not inside a git repository").doesNotContain("\tat ");
    }

    @Test
    void aBrokenScenarioIsReportedWithExitTwoAndTheOthersStillCompared(@TempDir Path work) {
        Path broken = BatchFixtures.write(work.resolve("broken.yaml"), BatchFixtures.BROKEN);

        CliRun run = diff("--rules", edited.toString(), "--against", rules.toString(), scenarios, broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml:2:1: error: unknown key 'asOff'");
        assertThat(run.out()).contains("passing ");
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git " + String.join(" ", args)).isZero();
    }
}
