package dev.hardground.evidence;

import dev.hardground.model.Contested;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.Mechanism;
import dev.hardground.model.PartyKind;
import dev.hardground.model.Provision;
import dev.hardground.model.Scope;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one PAD row into a {@link PadAgreement}, collecting a located error for every cell that is wrong. */
final class PadRowReader {
    /** Dyads are "Government of X - Group", joined by commas; group names may hold commas, so split before each government. */
    private static final Pattern DYAD_SPLIT = Pattern.compile(",\\s*(?=Government of )");
    private static final String GOVERNMENT = "Government of ";

    private final CsvTable table;
    private final CsvTable.Row row;
    private final List<Diagnostic> errors = new ArrayList<>();

    private PadRowReader(CsvTable table, CsvTable.Row row) {
        this.table = table;
        this.row = row;
    }

    /** The agreement, or null with the row's errors added to {@code errors}. */
    static PadAgreement read(CsvTable table, CsvTable.Row row, List<Diagnostic> errors) {
        PadRowReader reader = new PadRowReader(table, row);
        PadAgreement agreement = reader.read();
        errors.addAll(reader.errors);
        return reader.errors.isEmpty() ? agreement : null;
    }

    private PadAgreement read() {
        String paid = text(PadColumns.PAID);
        String name = text(PadColumns.NAME).replaceAll("\\s+", " ");
        LocalDate signed = date(PadColumns.DATE, true);
        LocalDate censor = date(PadColumns.CENSOR, true);
        boolean ended = dummy(PadColumns.ENDED);
        LocalDate end = date(PadColumns.END_DATE, ended);
        Scope scope = code(PadColumns.TYPE, Map.of("1", Scope.COMPREHENSIVE, "2", Scope.PARTIAL, "3", Scope.PEACE_PROCESS));
        Boolean inclusive = code(PadColumns.INCLUSIVE, Map.of("1", true, "2", false, "0", false, "-1", "unknown")) instanceof Boolean b ? b : null;
        Contested contested = code(PadColumns.INCOMPATIBILITY,
                Map.of("1", Contested.TERRITORY, "2", Contested.GOVERNMENT, "3", Contested.BOTH));
        Double polyarchy = polyarchy();
        List<Provision> provisions = new ArrayList<>();
        PadColumns.PROVISIONS.forEach((column, provision) -> {
            if (dummy(column)) {
                provisions.add(provision);
            }
        });
        List<Mechanism> mechanisms = new ArrayList<>();
        for (String column : List.of("pko", "co_impl")) {
            if (dummy(column)) {
                mechanisms.add(PadColumns.MECHANISMS.get(column));
            }
        }
        List<PadAgreement.Actor> parties = parties();
        if (paid.isEmpty()) {
            error("blank '" + PadColumns.PAID + "': every agreement needs its UCDP id");
        }
        if (name.isEmpty()) {
            error("blank '" + PadColumns.NAME + "': every agreement needs a name");
        }
        if (signed != null && censor != null && !censor.isAfter(signed)) {
            error("signed " + signed + ", not before the data's censor date " + censor + ": nothing to follow");
        }
        if (signed != null && end != null && end.isBefore(signed)) {
            error("ended " + end + " ('" + PadColumns.END_DATE + "'), before it was signed on " + signed);
        }
        if (!ended && end != null) {
            error("'" + PadColumns.END_DATE + "' gives an end date " + end + " but '" + PadColumns.ENDED + "' says it has not ended");
        }
        if (ended && end != null && censor != null && end.isAfter(censor)) {
            error("ended " + end + ", after the data's censor date " + censor);
        }
        return new PadAgreement(row.line(), paid, name, signed, scope, inclusive, contested, polyarchy,
                List.copyOf(provisions), List.copyOf(mechanisms), parties, ended ? end : null, censor,
                text(PadColumns.CONFLICT));
    }

    /** The warring parties of the dyads (governments are states, the rest armed groups), in order of appearance. */
    private List<PadAgreement.Actor> parties() {
        String dyads = text(PadColumns.DYADS);
        String signatories = text(PadColumns.SIGNATORIES).replaceAll("\\s+", " ");
        Map<String, PartyKind> actors = new LinkedHashMap<>();
        for (String dyad : DYAD_SPLIT.split(dyads)) {
            String d = dyad.replaceAll("\\s+", " ").trim();
            if (d.isEmpty()) {
                continue;
            }
            int dash = d.indexOf(" - ");
            if (!d.startsWith(GOVERNMENT) || dash < 0) {
                error("cannot read the dyad '" + d + "' in '" + PadColumns.DYADS + "' (expected 'Government of X - Side B')");
                continue;
            }
            String a = d.substring(0, dash).trim();
            String b = d.substring(dash + 3).trim();
            actors.putIfAbsent(a, PartyKind.STATE);
            actors.putIfAbsent(b, b.startsWith(GOVERNMENT) ? PartyKind.STATE : PartyKind.ARMED_GROUP);
        }
        if (actors.isEmpty() && !dyads.isBlank()) {
            error("no dyad in '" + PadColumns.DYADS + "'");
        } else if (dyads.isBlank()) {
            error("blank '" + PadColumns.DYADS + "': the warring parties are unknown");
        }
        List<PadAgreement.Actor> out = new ArrayList<>();
        actors.forEach((name, kind) -> out.add(new PadAgreement.Actor(name, kind,
                signatories.isEmpty() || signatories.contains(name))));
        return List.copyOf(out);
    }

    private Double polyarchy() {
        String v = text(PadColumns.POLYARCHY);
        if (v.isEmpty()) {
            return null;
        }
        try {
            double p = Double.parseDouble(v);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error("'" + PadColumns.POLYARCHY + "' is '" + v + "', not a number in [0, 1]");
        return null;
    }

    private String text(String column) {
        return table.get(row, column);
    }

    private LocalDate date(String column, boolean required) {
        String v = text(column);
        if (v.isEmpty()) {
            if (required) {
                error("blank '" + column + "' (expected a date YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error("invalid date '" + v + "' in '" + column + "' (expected YYYY-MM-DD)");
            return null;
        }
    }

    /** A 0/1 dummy, also written 0.0/1.0; blank counts as 0 (not coded). */
    private boolean dummy(String column) {
        String v = number(text(column));
        if (v.isEmpty() || v.equals("0")) {
            return false;
        }
        if (v.equals("1")) {
            return true;
        }
        error("unknown value '" + text(column) + "' in '" + column + "' (expected 0 or 1)");
        return false;
    }

    /** A coded cell: null when blank, an error when the code is not one of {@code codes}. */
    private <T> T code(String column, Map<String, T> codes) {
        String v = number(text(column));
        if (v.isEmpty()) {
            return null;
        }
        T value = codes.get(v);
        if (value == null) {
            error("unknown code '" + text(column) + "' in '" + column + "' (expected one of "
                    + String.join(", ", codes.keySet().stream().sorted().toList()) + ")");
        }
        return value;
    }

    /** "2.0" → "2": pandas writes integer codes as floats when a column has blanks. */
    private static String number(String v) {
        return v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
    }

    private void error(String message) {
        String prefix = text(PadColumns.PAID).isEmpty() ? "" : "paid " + text(PadColumns.PAID) + ": ";
        errors.add(new Diagnostic(table.path(), row.line(), 1, prefix + message, null));
    }
}
