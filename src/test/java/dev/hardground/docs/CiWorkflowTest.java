package dev.hardground.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub workflow that docs/ci.md offers, parsed as YAML: least permissions that its actions still need,
 * no pipe that hides an exit code, shards merged in a final job. It is also written to
 * {@code target/docs-workflow/scenarios.yml}, where {@code .ci/run} runs actionlint on it.
 */
class CiWorkflowTest {
    static String text;
    static Map<String, Object> workflow;

    @BeforeAll
    static void read() throws IOException {
        String doc = Files.readString(Path.of("docs/ci.md"));
        Matcher m = Pattern.compile("`\\.github/workflows/scenarios\\.yml`[^`]*```yaml\\n(.*?)\\n```\\n", Pattern.DOTALL)
                .matcher(doc);
        assertThat(m.find()).as("docs/ci.md shows .github/workflows/scenarios.yml in a yaml block").isTrue();
        text = m.group(1);
        workflow = new Yaml().load(text);
        Path out = Path.of("target/docs-workflow/scenarios.yml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }

    @Test
    void theWorkflowReadsTheRepositoryAndOnlyTheReportJobWritesWhatItsActionNeeds() {
        assertThat(map(workflow, "permissions")).containsExactly(Map.entry("contents", "read"));
        for (Map.Entry<String, Object> job : jobs().entrySet()) {
            Map<String, Object> permissions = effectivePermissions(cast(job.getValue()));
            List<String> uses = uses(cast(job.getValue()));
            assertThat(permissions).as(job.getKey()).containsEntry("contents", "read");
            if (uses.stream().anyMatch(u -> u.startsWith("mikepenz/action-junit-report"))) {
                assertThat(permissions).as(job.getKey() + " publishes a check run").containsEntry("checks", "write");
                boolean comments = steps(cast(job.getValue())).stream()
                        .anyMatch(s -> s.get("with") instanceof Map<?, ?> w && Boolean.TRUE.equals(w.get("comment")));
                if (comments) {
                    assertThat(permissions).as(job.getKey() + " comments").containsEntry("pull-requests", "write");
                }
            } else {
                assertThat(permissions.values()).as(job.getKey() + " writes nothing").allMatch("read"::equals);
            }
        }
    }

    @Test
    void noPipeSwallowsAnExitCode() {
        assertThat(map(map(workflow, "defaults"), "run")).as("bash -eo pipefail for every step").containsEntry("shell", "bash");
        for (Map.Entry<String, Object> job : jobs().entrySet()) {
            for (Map<String, Object> step : steps(cast(job.getValue()))) {
                String run = (String) step.get("run");
                if (run == null) {
                    continue;
                }
                assertThat(step.getOrDefault("shell", "bash")).isEqualTo("bash");
                assertThat(run).as("a failure is never hidden").doesNotContain("|| true").doesNotContain("|| :");
                if (run.contains("hardground diff")) {
                    assertThat(run).as("diff piped into tee keeps its exit code").contains("set -o pipefail");
                }
            }
        }
    }

    @Test
    void everyShardIsJudgedAndAFinalJobMergesThemAll() {
        Map<String, Object> batch = cast(jobs().get("batch"));
        List<?> shards = (List<?>) map(map(batch, "strategy"), "matrix").get("shard");
        String runs = String.join("\n", steps(batch).stream().map(s -> String.valueOf(s.get("run"))).toList());
        assertThat(runs).contains("--shard ${{ matrix.shard }}/" + shards.size()).contains("--json");
        assertThat(shards.toString()).as("shards 1..n")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, shards.size()).boxed().toList().toString());
        Map.Entry<String, Object> merging = jobs().entrySet().stream()
                .filter(j -> steps(cast(j.getValue())).stream().anyMatch(s -> String.valueOf(s.get("run")).contains("batch --merge")))
                .findFirst().orElseThrow(() -> new AssertionError("no job runs batch --merge"));
        Map<String, Object> report = cast(merging.getValue());
        assertThat(String.valueOf(report.get("needs"))).contains("batch");
        assertThat(report.get("if")).as("merges even when a shard failed").isEqualTo("always()");
        assertThat(uses(report)).anyMatch(u -> u.startsWith("actions/download-artifact"));
    }

    private static Map<String, Object> jobs() {
        return map(workflow, "jobs");
    }

    private static Map<String, Object> effectivePermissions(Map<String, Object> job) {
        return job.containsKey("permissions") ? map(job, "permissions") : map(workflow, "permissions");
    }

    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        List<Map<String, Object>> steps = new ArrayList<>();
        ((List<?>) job.get("steps")).forEach(s -> steps.add(cast(s)));
        return steps;
    }

    private static List<String> uses(Map<String, Object> job) {
        return steps(job).stream().map(s -> (String) s.get("uses")).filter(java.util.Objects::nonNull).toList();
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return cast(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
