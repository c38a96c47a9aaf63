package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** whatif says why a verdict and a survival tell opposite stories, and stays quiet when they agree. */
class VerdictNoteTest {
    @TempDir
    Path dir;

    private static final String DEAL = """
            id: strong-but-doomed
            asOf: 2023-03-07
            horizon: 2026-03-07
            agreement: { name: Treaty, signed: 2023-03-06, form: treaty, ratified: true, parties: [A, B],
                         mechanisms: [monitoring, guarantee, peacekeepers, dmz] }
            parties:
              A: { name: Alpha, publicSupport: 0.7, leader: { name: Ann, stance: champion }, opposition: { stance: supportive } }
              B: { name: Beta, publicSupport: 0.7, leader: { name: Ben, stance: champion }, opposition: { stance: supportive } }
            threats: [ { source: Outside power, severity: critical, trend: rising, sharedBy: [A, B] } ]
            events:
              - { id: coup, date: 2023-06-01, kind: shock, outcomes: { collapse: %s, nothing: %s } }
            """;

    private static String whatif(Path file) {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "whatif",
                file.toString(), "--trials", "400", "--no-cache");
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void aDurableDealThatMostFuturesEndSaysWhy() throws Exception {
        Path doomed = dir.resolve("doomed.yaml");
        Files.writeString(doomed, DEAL.formatted("0.8", "0.2"));
        String out = whatif(doomed);
        assertThat(out).contains("durable").contains("note: baseline: durable judges the score on 2023-03-07;"
                + " survival to 2026-03-07 is").contains("most collapses: A drawn collapse outcome ends the deal");

        Path fine = dir.resolve("fine.yaml");
        Files.writeString(fine, DEAL.formatted("0.0", "1.0"));
        assertThat(whatif(fine)).contains("durable").doesNotContain("note:");
    }
}
