package dev.hardground.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleBase;
import dev.hardground.simulate.SimulationOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario page opens, as the report does, with plain words naming what went most with survival. */
class WorkbenchPageTest {
    @TempDir
    Path tmp;

    @Test
    void aPointScenariosPageNamesTheSplitThatWentMostWithSurvivalAndShowsTheCollapseAnatomy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(Path.of("scenarios/japan-korea-2023.yaml"), dir.resolve("jk.yaml"));
        try (Workbench server = Workbench.start(new Workbench.Config(dir, Path.of("rules"),
                RuleBase.defaultCacheDir(), "127.0.0.1", 0, new SimulationOptions(1_000, SimulationOptions.DEFAULT_SEED, 2, null)))) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/scenario?file=jk.yaml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).containsPattern("id=\"plain-words\">Survival to 2030-12-31 is [^<]* In these futures"
                    + " it went most with [^<]+ where [^<]+ \\(among the futures that saw each");
            assertThat(page.body()).contains("<section class=\"card\" id=\"anatomy\">");
        }
    }
}
