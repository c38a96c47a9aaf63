package dev.hardground.evidence;

import dev.hardground.model.Keyed;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.PartyKind;
import dev.hardground.model.Regime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one {@link PadAgreement} as a scenario file: only what was known on the signing day, then the
 * outcome by the label rule of docs/data.md. Text is always double-quoted, so no name can change the YAML's
 * meaning; output depends on the row alone, so a rerun writes the same bytes.
 */
final class PadScenarioWriter {
    /** V-Dem polyarchy at or above which a state counts as a democracy: the Regimes of the World threshold. */
    static final double DEMOCRACY_AT = 0.5;
    /** At or above it, and below {@link #DEMOCRACY_AT}, a hybrid regime (every closed autocracy in PAD is below). */
    static final double HYBRID_AT = 0.3;

    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private PadScenarioWriter() {
    }

    static Regime regime(double polyarchy) {
        return polyarchy >= DEMOCRACY_AT ? Regime.DEMOCRACY : polyarchy >= HYBRID_AT ? Regime.HYBRID : Regime.AUTOCRACY;
    }

    static String write(PadAgreement a, List<PadAgreement> earlier, String id, String dataset) {
        Map<String, PadAgreement.Actor> parties = codes(a.parties());
        long states = a.parties().stream().filter(p -> p.kind() == PartyKind.STATE).count();
        StringBuilder y = new StringBuilder();
        y.append("# Imported by `hardground import ucdp-pad` from ").append(dataset).append(", row paid ").append(a.paid())
                .append(" (UCDP Peace Agreement\n# Dataset, CC BY 4.0: Harbom, Högbladh & Wallensteen 2006;")
                .append(" Högbladh 2011). Facts as known on the signing\n# day; only `outcome` looks ahead.")
                .append(" Column by column: docs/data.md.\n");
        y.append("id: ").append(id).append('\n');
        y.append("title: ").append(quote(a.name())).append('\n');
        y.append("asOf: ").append(a.signed()).append('\n');
        y.append("horizon: ").append(a.horizon()).append('\n');
        y.append("source: { dataset: ").append(quote(dataset)).append(", id: ").append(quote(a.paid())).append(" }\n\n");
        y.append("agreement:\n");
        y.append("  name: ").append(quote(a.name())).append('\n');
        y.append("  signed: ").append(a.signed()).append('\n');
        y.append("  form: political-deal\n");
        if (a.scope() != null) {
            y.append("  scope: ").append(a.scope().key()).append('\n');
        }
        if (a.inclusive() != null) {
            y.append("  inclusive: ").append(a.inclusive()).append('\n');
        }
        y.append("  provisions: ").append(keys(a.provisions())).append('\n');
        y.append("  mechanisms: ").append(keys(a.mechanisms())).append('\n');
        y.append("  parties: [").append(parties.entrySet().stream().filter(e -> e.getValue().signed())
                .map(e -> key(e.getKey())).collect(Collectors.joining(", "))).append("]\n\n");
        y.append("parties:\n");
        parties.forEach((code, p) -> {
            y.append("  ").append(key(code)).append(": { name: ").append(quote(p.name())).append(", kind: ")
                    .append(p.kind().key());
            if (p.kind() == PartyKind.STATE && states == 1 && a.polyarchy() != null) {
                y.append(", regime: ").append(regime(a.polyarchy()).key());
            }
            y.append(" }\n");
        });
        if (a.contested() != null || a.polyarchy() != null) {
            y.append("\ncontext: {");
            String sep = " ";
            if (a.contested() != null) {
                y.append(sep).append("contested: ").append(a.contested().key());
                sep = ", ";
            }
            if (a.polyarchy() != null) {
                y.append(sep).append("polyarchy: ").append(String.format(Locale.ROOT, "%s", a.polyarchy()));
            }
            y.append(" }\n");
        }
        if (!earlier.isEmpty()) {
            y.append("\nprecedents:                 # earlier agreements of the same conflict, as known on the signing day\n");
            for (PadAgreement e : earlier) {
                boolean over = e.endedBy(a.signed());
                y.append("  - { name: ").append(quote(e.name())).append(", outcome: ")
                        .append(over ? "collapsed" : "survived").append(", year: ")
                        .append(over ? e.ended().getYear() : e.signed().getYear()).append(" }\n");
            }
        }
        y.append('\n').append(outcome(a));
        return y.toString();
    }

    /** The label rule (docs/data.md): collapsed by the horizon, survived to it, or censored when the data end first. */
    static String outcome(PadAgreement a) {
        LocalDate horizon = a.horizon();
        OutcomeStatus status;
        LocalDate date;
        String note;
        if (a.ended() != null && !a.ended().isAfter(horizon)) {
            status = OutcomeStatus.COLLAPSED;
            date = a.ended();
            note = "UCDP PAD: ended " + a.ended() + ", " + ChronoUnit.DAYS.between(a.signed(), a.ended())
                    + " days after signing";
        } else if (horizon.isBefore(a.signed().plusYears(5))) {
            status = OutcomeStatus.CENSORED;
            date = horizon;
            note = "UCDP PAD: still in force on " + horizon + ", when the data end, before five years";
        } else {
            status = OutcomeStatus.SURVIVED;
            date = horizon;
            note = a.ended() == null ? "UCDP PAD: in force five years after signing (not ended by " + a.censor() + ")"
                    : "UCDP PAD: in force five years after signing (ended later, " + a.ended() + ")";
        }
        return "outcome: { status: " + status.key() + ", date: " + date + ", note: " + quote(note) + " }\n";
    }

    /** Party codes: the slug of the name ("Government of " dropped), made unique in order of appearance. */
    private static Map<String, PadAgreement.Actor> codes(List<PadAgreement.Actor> actors) {
        Map<String, PadAgreement.Actor> out = new LinkedHashMap<>();
        for (PadAgreement.Actor actor : actors) {
            String base = Slug.of(actor.name().startsWith("Government of ") ? actor.name().substring(14) : actor.name(), 30);
            base = base.isEmpty() ? "party" : base;
            String code = base;
            for (int n = 2; out.containsKey(code); n++) {
                code = base + "-" + n;
            }
            out.put(code, actor);
        }
        return out;
    }

    private static String keys(List<? extends Keyed> values) {
        return values.stream().map(Keyed::key).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String key(String code) {
        return YAML_WORDS.contains(code) || Character.isDigit(code.charAt(0)) ? quote(code) : code;
    }

    /** A YAML double-quoted scalar (JSON's escapes are valid in it). */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
