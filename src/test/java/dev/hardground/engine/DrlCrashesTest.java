package dev.hardground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the rule Drools throws on, when it throws instead of reporting an error. */
class DrlCrashesTest {
    private static final String HEADER = "package p;\nimport dev.hardground.model.*;\nglobal Ledger ledger;\n";

    private static String rule(String name, String when) {
        return "rule \"" + name + "\"\nwhen\n    " + when + "\nthen\n    ledger.add(1, \"x\");\nend\n";
    }

    private static RuleFiles files() {
        return RuleFiles.of(Path.of("rules"), List.of(
                new RuleFiles.RuleFile("rules/a.drl", "a.drl", HEADER + rule("One", "Agreement()") + rule("Two", "Party()")),
                new RuleFiles.RuleFile("rules/b.drl", "b.drl", HEADER + rule("Three", "Threat(CRASH)")
                        + rule("Four", "Actor()"))));
    }

    @Test
    void halvingFindsTheOneRuleThatMakesTheCompilerThrowWithItsLine() {
        RuleFiles files = files();
        List<RuleFiles> tried = new ArrayList<>();

        DrlCrashes.Site site = DrlCrashes.bisect(files, DrlCrashes.sites(files), f -> {
            tried.add(f);
            return f.files().stream().anyMatch(x -> x.text().contains("CRASH"));
        });

        assertThat(site.name()).isEqualTo("Three");
        assertThat(site.file().display()).isEqualTo("rules/b.drl");
        assertThat(site.line()).isEqualTo(4);
        assertThat(tried).as("halving, not one build per rule").hasSizeLessThanOrEqualTo(3);
        assertThat(DrlCrashes.at(site, new RuntimeException("Need the last pattern to add the binding")).headline())
                .contains("rules/b.drl:4:1: error: Drools cannot compile this rule (it fails inside with: Need the last pattern");
    }

    @Test
    void rulesLeftOutAreBlankedKeepingEveryLineInPlace() {
        RuleFiles files = files();

        RuleFiles first = DrlCrashes.keeping(files, DrlCrashes.sites(files), 1);

        assertThat(first.files().get(0).text()).contains("rule \"One\"").doesNotContain("Two").doesNotContain("Party()");
        assertThat(first.files().get(1).text()).doesNotContain("rule").startsWith(HEADER);
        for (int i = 0; i < 2; i++) {
            assertThat(first.files().get(i).lines()).hasSameSizeAs(files.files().get(i).lines());
        }
    }

    @Test
    void aCrashThatHappensWithoutAnyRuleIsNotBlamedOnOne() {
        RuleFiles files = files();

        assertThat(DrlCrashes.bisect(files, DrlCrashes.sites(files), f -> true)).isNull();
    }

    @Test
    void javaThatDroolsGeneratesBrokenForARuleTheClassicCompilerAcceptsIsReportedAtThatRule() {
        Path dir = Path.of("src/test/resources/bad/rules-generated-java-error");

        InvalidInputException e = catchThrowableOfType(() -> RuleBase.compile(dir), InvalidInputException.class);

        assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.path()).isEqualTo(dir.resolve("negated.drl").toString());
            assertThat(d.line()).isEqualTo(17);
        });
        assertThat(e.diagnostics()).extracting(Diagnostic::sourceLine).contains("rule \"Sums a negated conditional\"");
    }
}
