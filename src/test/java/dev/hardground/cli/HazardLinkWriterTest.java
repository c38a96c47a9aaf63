package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.analysis.HazardFit;
import dev.hardground.analysis.HazardModel;
import dev.hardground.model.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest --fit --write}: the fitted numbers replace the rules' own, with an era trend where there is one. */
class HazardLinkWriterTest {
    @TempDir
    Path rules;

    @Test
    void aFittedTrendAndItsLastYearAreWrittenIntoTheBaselineCallWithTheirInterval() throws Exception {
        Files.writeString(rules.resolve("verdict.drl"), """
                package verdict;
                global dev.hardground.model.Ledger ledger;
                // Why the link.
                rule "Link" when then ledger.hazardLink(0.1, 0.5); end
                // Why the baseline.
                rule "Baseline" when then ledger.baseline("intrastate", 0.23, 0.07, 0.02, 0.5, 0.0, 2009); end
                """);
        HazardModel fitted = new HazardModel(0.1, 0.5, Map.of("intrastate",
                new Baseline(List.of(0.15, 0.04, 0.013), 0.47, new Baseline.Trend(-0.44, 2007))));
        HazardFit.Result fit = new HazardFit.Result(fitted, List.of(
                new HazardFit.Parameter("intrastate.firstYear", 0.15, 0.11, 0.21),
                new HazardFit.Parameter("intrastate.secondYear", 0.04, 0.02, 0.07),
                new HazardFit.Parameter("intrastate.later", 0.013, 0.007, 0.024),
                new HazardFit.Parameter("intrastate.slope", 0.47, 0.16, 0.78),
                new HazardFit.Parameter("intrastate.trend", -0.44, -0.63, -0.25)), 271);

        HazardLinkWriter.write(rules, fit, 271);

        String text = Files.readString(rules.resolve("verdict.drl"));
        assertThat(text).contains("ledger.baseline(\"intrastate\", 0.1500, 0.0400, 0.0130, 0.4700, -0.4400, 2007);");
        assertThat(text).contains("trend -0.4400 (-0.6300 to -0.2500) per decade, held from 2007.");
        assertThat(text).contains("// Why the baseline.\n// Fitted by backtest --fit on 271 cases");
        assertThat(text).as("the link, which no case informed, as written").contains("// Why the link.\nrule \"Link\" when then ledger.hazardLink(0.1, 0.5); end");
    }
}
