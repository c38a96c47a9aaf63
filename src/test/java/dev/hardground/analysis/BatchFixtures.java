package dev.hardground.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small rule sets and scenario files for batch and diff tests, written into a temporary directory. The rules
 * are three: thresholds 65/40 and no background hazard (so a scenario without events survives every trial),
 * +20 for a ratified deal, and one rule that can never fire.
 */
public final class BatchFixtures {
    public static final String RULES = """
            package fixture;

            import dev.hardground.model.*;

            global Ledger ledger;

            rule "Thresholds"
                @factor("verdict")
            when
            then
                ledger.thresholds(65, 40);
                ledger.hazardLink(0.0, 0.5);
            end

            rule "Ratified"
                @factor("legal-form")
            when
                Agreement(ratified == true)
            then
                ledger.add(20, "ratified by the legislature");
            end

            rule "Never fires"
                @factor("dead")
            when
                Agreement(name == "no deal is ever called this")
            then
                ledger.add(1, "unreachable");
            end
            """;

    private BatchFixtures() {
    }

    /** Writes the fixture rules to {@code dir/rules/fixture.drl} and returns {@code dir/rules}. */
    public static Path rules(Path dir) {
        return write(dir.resolve("rules/fixture.drl"), RULES).getParent();
    }

    /** A scenario file text; {@code extra} is appended (variants, expect). */
    public static String scenario(String id, boolean ratified, String extra) {
        return """
                id: %s
                asOf: 2023-03-07
                horizon: 2026-12-31
                agreement: { name: Test deal, signed: 2023-03-06, ratified: %s, parties: [A, B] }
                parties:
                  A: { name: Alpha, leader: { name: Ann, since: 2021-01-01, termEnds: 2030-01-01 } }
                  B: { name: Beta, leader: { name: Ben, since: 2021-01-01, termEnds: 2030-01-01 } }
                """.formatted(id, ratified) + extra;
    }

    /** Scores 70, durable, survives every trial; one variant that unratifies it and still expects durable. */
    public static final String PASSING_WITH_FAILING_VARIANT = scenario("treaty", true, """
            variants:
              unratified:
                description: the legislature never votes
                set: { agreement.ratified: false }
                expect: { verdict: durable }
            expect:
              verdict: durable
              score: { min: 60, max: 80 }
              survival: { min: 0.9 }
            """);

    /** Scores 70 and meets every expectation, variants included. */
    public static final String PASSING = scenario("passing", true, """
            variants:
              unratified:
                set: { agreement.ratified: false }
                expect: { verdict: fragile, score: { max: 55 } }
            expect: { verdict: durable, survival: { min: 0.99 } }
            """);

    /** Scores 50 (fragile) but expects durable and a score of at least 60. */
    public static final String FAILING = scenario("deal", false, """
            expect: { verdict: durable, score: { min: 60 } }
            """);

    /** An unknown key on line 2. */
    public static final String BROKEN = "id: broken\nasOff: 2023-03-07\n";

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
