package dev.hardground.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.analysis.WhatIf;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Contribution;
import dev.hardground.report.Numbers;
import dev.hardground.report.TornadoRow;
import dev.hardground.report.chart.Charts;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the reference scenario and of a hostile copy of it whose title, party name and variant
 * carry markup: every section is there, the page loads nothing from outside, and scenario text is shown, never run.
 */
class HtmlReportTest {
    static final String TITLE = "<script>alert(1)</script> & the \"deal\"";
    static final String EVIL_VARIANT = "<i>evil</i>";
    static final String EVIL_INPUT = "<script>alert(4)</script>";
    static final List<TornadoRow> TORNADO = List.of(
            new TornadoRow("commitments[jp-firms-contribute].chance", "0", "1", 0.43, 0.50, 0.46, 2_000),
            new TornadoRow(EVIL_INPUT, "<b>low</b>", "high", 0.30, 0.55, 0.46, 2_000));

    static RuleBase rules;
    static HtmlReport reference;
    static String referenceHtml;
    static String hostileHtml;

    @BeforeAll
    static void renderReports() throws IOException {
        Charts.headless();
        rules = RuleBase.compile(Path.of("rules"), Path.of("target", "test-rule-cache"));
        String text = Files.readString(Path.of("scenarios/japan-korea-2023.yaml"));
        reference = report(new ScenarioLoader().parse("japan-korea-2023.yaml", text), List.of());
        referenceHtml = HtmlDocument.render(reference, reference.figures());
        String hostile = text
                .replaceFirst("(?m)^title: .*$", "title: '" + TITLE + "'")
                .replace("name: Republic of Korea", "name: '<img src=x onerror=alert(2)>'")
                .replaceFirst("(?m)^variants:.*$", "variants:\n  '" + EVIL_VARIANT + "':\n"
                        + "    description: '<script>alert(3)</script>'\n"
                        + "    set: { \"commitments[jp-firms-contribute].chance\": 0.1 }");
        HtmlReport evil = report(new ScenarioLoader().parse("hostile.yaml", hostile), TORNADO);
        hostileHtml = HtmlDocument.render(evil, evil.figures());
    }

    private static HtmlReport report(ScenarioFile file, List<TornadoRow> tornado) {
        SimulationOptions options = new SimulationOptions(400, SimulationOptions.DEFAULT_SEED, 2, null);
        // As the report command does: the anatomy tallied from the baseline's own trials.
        WhatIf.Result result = WhatIf.compare(rules, file, WhatIf.Baseline.FILE, WhatIf.specs(file, List.of(), List.of()),
                options, n -> { }, true);
        return new HtmlReport(result, rules.hash(), rules.settings().durableAt(), rules.settings().fragileAt(),
                tornado, "test", result.run().anatomy());
    }

    @Test
    void theTornadoNamesEachInputInWordsWithItsTwoEndsAndSaysWhoseBaselineItIs() {
        assertThat(hostileHtml).contains("jp-firms-contribute chance<span class=\"sub\"><code>"
                + "commitments[jp-firms-contribute].chance</code> 0 → 1</span>")
                .contains("&lt;b&gt;low&lt;/b&gt; → high")
                .contains("Each setting is 2,000 simulated futures, not the header's 400, so the bars meet at the"
                        + " baseline's 46.0% at those trials");
        assertThat(new TornadoRow("parties.KR.leader.approval", "0.2", "0.5", 0.4, 0.5, 0.45, 400).label())
                .isEqualTo("KR leader approval");
        assertThat(new TornadoRow("parties.KR.earlyExitChance", "0", "0.2", 0.4, 0.5, 0.45, 400).label())
                .isEqualTo("KR early exit chance");
    }

    @Test
    void firedRulesAreGroupedByFactorInTheOrderScoreExplainPrintsThem() {
        var e = reference.baseline().evaluation();
        List<String> factors = List.copyOf(dev.hardground.report.ScoreTextReporter.factorsInOrder(e).keySet());
        int at = 0;
        for (String factor : factors) {
            int next = referenceHtml.indexOf("<tr class=\"group\"><th colspan=\"2\">" + HtmlText.escape(factor) + "</th>");
            assertThat(next).as(factor + " has its group, after the one before it").isGreaterThan(at);
            at = next;
        }
        assertThat(factors).hasSizeGreaterThan(1);
    }

    @Test
    void chartCoordinatesCarryTwoDecimalsNotEveryDigitOfADouble() {
        java.util.regex.Matcher paths = java.util.regex.Pattern.compile(" d='([^']*)'").matcher(referenceHtml);
        int seen = 0;
        while (paths.find()) {
            seen++;
            assertThat(paths.group(1)).as("a path's data").doesNotContainPattern("\\d\\.\\d{3}");
        }
        assertThat(seen).as("paths in the report's charts").isGreaterThan(50);
        assertThat(referenceHtml).contains("<svg id='chart-survival'");
    }

    @Test
    void theGaugeLabelsSitAtTheThresholds() {
        assertThat(referenceHtml).contains(String.format(java.util.Locale.ROOT,
                "<span class=\"at\" style=\"left: %.1f%%\">at risk &lt; %.0f</span>", rules.settings().fragileAt(),
                rules.settings().fragileAt()));
    }

    @Test
    void theCollapseAnatomyComparesCollapsedAndSurvivingFutures() {
        var a = reference.anatomy();
        assertThat(a.collapsed()).isPositive();
        assertThat(referenceHtml).contains("id=\"anatomy\"").contains(String.format(java.util.Locale.ROOT,
                "Share of the %,d collapsed futures", a.collapsed())).contains(HtmlText.escape(a.facts().get(0).fact()));
    }

    @Test
    void theReferenceReportHasEverySectionAndAChartInEach() {
        assertThat(referenceHtml).startsWith("<!DOCTYPE html>")
                .contains("id=\"summary\"", "id=\"factors\"", "id=\"explanation\"", "id=\"survival\"",
                        "id=\"causes\"", "id=\"whatif\"")
                .contains("<svg", "data-chart=\"factors\"", "data-chart=\"survival\"", "data-chart=\"causes\"")
                .contains("japan-korea-2023", "2023-03-07", "2030-12-31", rules.hash().substring(0, 12));
        assertThat(referenceHtml).contains("id=\"verdict\">" + reference.baseline().evaluation().verdict().key() + "<");
        assertThat(referenceHtml).contains(Numbers.fixed(reference.baseline().evaluation().score(), 1));
        for (String variant : List.of("no-japanese-money", "us-brokered", "late-in-term")) {
            assertThat(referenceHtml).contains("<strong>" + variant + "</strong>");
        }
    }

    @Test
    void theOutsideViewSaysPlainlyThatADealBetweenStatesHasNoClassAndShowsTheModelBesideIt() {
        assertThat(referenceHtml).contains("<section class=\"card\" id=\"outside-view\">")
                .contains("No reference class: an agreement between states has no reference class in the shipped UCDP PAD file")
                .contains("This model: <strong>" + Numbers.percent(reference.baseline().simulation().survival().estimate()));
    }

    @Test
    void aCivilWarAgreementIsShownBesideItsReferenceClass() throws IOException {
        String text = """
                id: accord
                asOf: 2023-03-07
                agreement: { name: Accord, parties: [G, R], scope: comprehensive }
                parties:
                  G: { name: Government, leader: { name: President } }
                  R: { name: Front, kind: armed-group }
                """;
        HtmlReport civil = report(new ScenarioLoader().parse("accord.yaml", text), List.of());
        assertThat(HtmlDocument.render(civil, java.util.Map.of())).contains("Of 60 comprehensive peace agreements with an"
                + " armed group in UCDP PAD 22.1, signed 1975–2009, 15 ended; <strong>76.7%</strong> survived five years (95% ");
    }

    @Test
    void withoutTornadoRowsThereIsNoSensitivitySectionAndWithThemThereIsOne() {
        assertThat(referenceHtml).doesNotContain("id=\"sensitivity\"").doesNotContain("data-chart=\"tornado\"");
        assertThat(hostileHtml).contains("id=\"sensitivity\"", "data-chart=\"tornado\"",
                "commitments[jp-firms-contribute].chance");
    }

    @Test
    void theExplanationListsEveryFiredRuleWithItsFileAndLine() {
        List<Contribution> fired = reference.baseline().evaluation().contributions();
        assertThat(fired).isNotEmpty();
        for (Contribution c : fired) {
            assertThat(referenceHtml).contains((c.file() + ":" + c.line()).replace("/", "/<wbr>"))
                    .contains(HtmlText.escape(c.reason()));
        }
    }

    @Test
    void theYearlyBandIsTheWilsonIntervalOfEachYearsSurvival() {
        SimulationResult sim = reference.baseline().simulation();
        for (SimulationResult.YearSurvival y : sim.byYear()) {
            Interval ci = Interval.wilson(Math.round(y.survival() * sim.trials()), sim.trials());
            assertThat(referenceHtml).contains("<tr><td>" + y.year() + "</td><td class=\"num\">"
                    + Numbers.percent(y.survival()) + "</td><td class=\"num\">"
                    + Numbers.percentRange(ci.low(), ci.high()) + "</td></tr>");
        }
    }

    @Test
    void scenarioTextIsEscapedInThePage() {
        assertThat(hostileHtml)
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; the &quot;deal&quot; — hardground</title>")
                .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; the &quot;deal&quot;</h1>")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;script&gt;alert(3)&lt;/script&gt;")
                .contains("<strong>&lt;i&gt;evil&lt;/i&gt;</strong>");
        assertThat(hostileHtml.toLowerCase()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<i>");
    }

    @Test
    void scenarioTextIsEscapedInsideTheSvgCharts() {
        String survival = chart(hostileHtml, "survival");
        String tornado = chart(hostileHtml, "tornado");
        assertThat(survival).contains("&lt;i&gt;evil&lt;/i&gt;").doesNotContain(EVIL_VARIANT);
        assertThat(tornado).contains("&lt;script&gt;alert(4)&lt;/script&gt;").doesNotContain(EVIL_INPUT);
    }

    @Test
    void thePageIsSelfContained() {
        for (String html : List.of(referenceHtml, hostileHtml)) {
            assertThat(html).doesNotContainPattern(Pattern.compile("(?i)\\b(src|href|xlink:href|action)\\s*=\\s*[\"']?\\s*(https?:)?//"))
                    .doesNotContainPattern(Pattern.compile("(?i)url\\(\\s*[\"']?\\s*(https?:)?//"))
                    .doesNotContainPattern(Pattern.compile("(?i)<(link|iframe|object|embed)\\b"))
                    .doesNotContain("@import")
                    .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        }
    }

    @Test
    void chartIdsAreUniqueInThePageAndEveryReferenceResolves() {
        List<String> ids = Pattern.compile("\\bid=[\"']([^\"']+)[\"']").matcher(referenceHtml).results()
                .map(m -> m.group(1)).toList();
        List<String> references = Pattern.compile("url\\(#([^)]+)\\)").matcher(referenceHtml).results()
                .map(m -> m.group(1)).distinct().toList();
        assertThat(ids).contains("chart-factors", "chart-survival", "chart-causes", "hg-factors-clip-0")
                .doesNotHaveDuplicates();
        assertThat(references).isNotEmpty();
        assertThat(ids).containsAll(references);
    }

    @Test
    void theSameRunGivesTheSameBytes() {
        assertThat(HtmlDocument.render(reference, reference.figures())).isEqualTo(referenceHtml);
    }

    private static String chart(String html, String id) {
        int start = html.indexOf("data-chart=\"" + id + "\"");
        assertThat(start).as("chart " + id).isPositive();
        return html.substring(start, html.indexOf("</figure>", start));
    }

    @Test
    void aRangedScenarioOpensWithTheInputsThatMatterAndNamesTheTwoIntervalsApart() throws IOException {
        HtmlReport ranged = report(new ScenarioLoader().load(Path.of("bench/ranged-10.yaml")), List.of());
        String html = HtmlDocument.render(ranged, ranged.figures());

        assertThat(html).contains("<p class=\"uncertainty\" id=\"inputs\">")
                .containsPattern("The ranged inputs leave survival between \\d+\\.\\d% and \\d+\\.\\d% \\(90% of 2 input"
                        + " draws\\); the 95% interval is Monte Carlo error only.");
        assertThat(referenceHtml).doesNotContain("id=\"inputs\"");
    }

    /** "jp-firms-contribute kept" from "it was kept", "kr-2027-presidential: opposition-wins" from the outcome. */
    private static String fact(String subject, String where) {
        return where.startsWith("it was ") ? subject + " " + where.substring("it was ".length()) : subject + ": " + where;
    }

    private static double survivalAmong(dev.hardground.simulate.CollapseAnatomy a, String fact) {
        var s = a.facts().stream().filter(f -> f.fact().equals(fact)).findFirst().orElseThrow();
        double survived = s.amongSurvived() * a.survived();
        return survived / (survived + s.amongCollapsed() * a.collapsed());
    }

    @Test
    void thePageOpensWithOneParagraphNamingWhatMattersMostFromTheFiguresItAlreadyHas() {
        String lede = "<p class=\"plain-words\" id=\"plain-words\">Survival to 2030-12-31 is "
                + Numbers.percent(reference.baseline().simulation().survival().estimate()) + ".";
        assertThat(referenceHtml.indexOf(lede)).as("before the facts and charts").isPositive()
                .isLessThan(referenceHtml.indexOf("<dl class=\"facts\">"));
        assertThat(referenceHtml).containsPattern("id=\"plain-words\">[^<]* In these futures it went most with [^<]+"
                + " where [^<]+ \\(among the futures that saw each");
        // The named split's two ends are survival among the futures that saw each, from the anatomy's shares, which
        // are those of a simulation of the baseline alone: the same futures.
        dev.hardground.simulate.CollapseAnatomy alone = dev.hardground.simulate.CollapseAnatomy.of(rules,
                reference.baseline().scenario(), new SimulationOptions(400, SimulationOptions.DEFAULT_SEED, 1, null));
        assertThat(reference.anatomy()).isEqualTo(alone);
        java.util.regex.Matcher m = Pattern.compile("went most with ([^:]+): (\\d+\\.\\d%) where ([^,]+),"
                + " (\\d+\\.\\d%) where ([^;(]+?)[;(]").matcher(referenceHtml);
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo(Numbers.percent(survivalAmong(alone, fact(m.group(1), m.group(3)))));
        assertThat(m.group(4)).isEqualTo(Numbers.percent(survivalAmong(alone, fact(m.group(1), m.group(5)))));
        assertThat(hostileHtml).as("with a tornado, its bars; scenario text escaped")
                .contains("It depends most on &lt;script&gt;alert(4)&lt;/script&gt;: 30.0% at its low setting, 55.0% at its"
                        + " high one; then on jp-firms-contribute chance (43.0% at 0, 50.0% at 1).");
    }
}
