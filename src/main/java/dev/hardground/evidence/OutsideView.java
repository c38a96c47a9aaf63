package dev.hardground.evidence;

import dev.hardground.analysis.KaplanMeier;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.PartyKind;
import dev.hardground.model.Scenario;
import dev.hardground.model.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The outside view (DESIGN.md §9): how agreements like this one fared in the UCDP PAD file shipped in the jar.
 * The reference class is every agreement in which an armed group is a warring party, narrowed to the
 * scenario's scope when it states one; an imported row is left out of its own class. A deal between states
 * has no class there (the shipped file holds none), and says so. How the class is chosen: docs/data.md.
 */
public sealed interface OutsideView {
    /** The shipped file, as a resource of the jar (copied from data/ by the pom). */
    String RESOURCE = "ucdp-pad-22.1-merged-1975-2009.csv";
    String DATASET = UcdpPadImport.DEFAULT_DATASET;
    String COVERAGE = "UCDP PAD 22.1, signed 1975–2009";
    /** The years the survival is read at. */
    double YEARS = 5;

    /** A class was found: its name, size, how many of its agreements ended, and survival at {@link #YEARS}. */
    record Matched(String referenceClass, int agreements, int collapsed, double survival, double low, double high,
                   boolean excludesItself) implements OutsideView {
    }

    /** No class fits, and why. */
    record NoClass(String reason) implements OutsideView {
    }

    static OutsideView of(Scenario scenario) {
        boolean armedGroup = scenario.parties().values().stream().anyMatch(p -> p.kind() == PartyKind.ARMED_GROUP);
        if (!armedGroup) {
            return new NoClass("an agreement between states has no reference class in the shipped UCDP PAD file,"
                    + " which holds only agreements with an armed group among the warring parties");
        }
        var scope = scenario.agreement().scope();
        String self = scenario.source() != null && scenario.source().dataset() != null
                && scenario.source().dataset().startsWith("ucdp-pad") ? scenario.source().id() : null;
        List<KaplanMeier.Observation> observations = new ArrayList<>();
        boolean excluded = false;
        for (PadAgreement a : Shipped.ROWS) {
            if (scope != null && a.scope() != scope) {
                continue;
            }
            if (a.paid().equals(self)) {
                excluded = true;
                continue;
            }
            LocalDate end = a.ended() != null ? a.ended() : a.censor();
            observations.add(new KaplanMeier.Observation(ChronoUnit.DAYS.between(a.signed(), end) / 365.25, a.ended() != null));
        }
        KaplanMeier km = KaplanMeier.of(observations);
        KaplanMeier.Estimate at = km.at(YEARS);
        String name = (scope == null ? "peace agreements" : scope == Scope.PEACE_PROCESS ? "peace-process agreements"
                : scope.key() + " peace agreements") + " with an armed group";
        return new Matched(name, km.size(), km.events(), at.survival(), at.low(), at.high(), excluded);
    }

    /** The shipped rows, read once with the importer's own reader. */
    final class Shipped {
        static final List<PadAgreement> ROWS = load();

        private Shipped() {
        }

        private static List<PadAgreement> load() {
            try (InputStream in = OutsideView.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + RESOURCE + " (a packaging bug)");
                }
                CsvTable table = CsvTable.parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                table.require(PadColumns.required());
                List<Diagnostic> errors = new ArrayList<>();
                List<PadAgreement> rows = new ArrayList<>();
                for (CsvTable.Row row : table.rows()) {
                    PadAgreement a = PadRowReader.read(table, row, errors);
                    if (a != null) {
                        rows.add(a);
                    }
                }
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("the shipped " + RESOURCE + " has bad rows: " + errors.get(0).headline());
                }
                return List.copyOf(rows);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE, e);
            }
        }
    }
}
