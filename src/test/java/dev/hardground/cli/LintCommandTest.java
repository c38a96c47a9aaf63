package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} holds rule files to the house conventions: @factor, @description, a comment on the weight. */
class LintCommandTest {
    @TempDir
    Path rules;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void theShippedRulesFollowTheConventions() {
        String[] r = run("lint", "--strict", "--no-cache");

        assertThat(r[0]).isEqualTo("0");
        assertThat(r[2]).doesNotContain("warning");
    }

    @Test
    void aRuleWithoutMetadataOrAReasonedWeightIsWarnedAboutAndFailsStrictLint() throws Exception {
        Files.writeString(rules.resolve("bare.drl"), """
                package bare;
                import dev.hardground.model.*;
                global Ledger ledger;

                rule "Bare"
                when
                    Threat()
                then
                    ledger.add(3, "a threat");
                end
                """);

        String[] lenient = run("lint", "--rules", rules.toString(), "--no-cache");
        String[] strict = run("lint", "--rules", rules.toString(), "--no-cache", "--strict");

        assertThat(lenient[0]).isEqualTo("0");
        String file = rules.resolve("bare.drl").toString();
        assertThat(lenient[2]).contains(file + ":5:1: warning: rule 'Bare' has no @factor")
                .contains(file + ":5:1: warning: rule 'Bare' has no @description")
                .contains(file + ":5:1: warning: rule 'Bare' has no comment above it saying why its weight has that size");
        assertThat(strict[0]).isEqualTo("1");
    }
}
