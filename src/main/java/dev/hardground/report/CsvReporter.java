package dev.hardground.report;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import java.util.List;

/**
 * CSV (RFC 4180) tables; a batch has one row per scenario-variant, with a header, messages joined by "; ", and
 * last (added after the others, so that their positions hold) the 90% spread of survival over a ranged
 * scenario's input draws, apart from the Monte Carlo interval {@code survival_low}/{@code survival_high}.
 */
public final class CsvReporter {
    static final List<String> HEADER = List.of("scenario", "variant", "file", "status", "score", "verdict",
            "survival", "survival_low", "survival_high", "messages", "survival_inputs_low", "survival_inputs_high");

    private CsvReporter() {
    }

    public static String render(BatchResult result) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (BatchRow r : result.rows()) {
            rows.add(List.of(
                    r.scenario(),
                    r.variant() == null ? "" : r.variant(),
                    r.file(),
                    r.status().key(),
                    r.score() == null ? "" : Numbers.fixed(r.score(), 1),
                    r.verdict() == null ? "" : r.verdict().key(),
                    r.survival() == null ? "" : Numbers.fixed(r.survival().estimate(), 4),
                    r.survival() == null ? "" : Numbers.fixed(r.survival().low(), 4),
                    r.survival() == null ? "" : Numbers.fixed(r.survival().high(), 4),
                    String.join("; ", r.messages()),
                    r.inputs() == null ? "" : Numbers.fixed(r.inputs().low(), 4),
                    r.inputs() == null ? "" : Numbers.fixed(r.inputs().high(), 4)));
        }
        return table(HEADER, rows);
    }

    /** A header and rows as CSV (RFC 4180, CRLF line ends). */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * A cell a spreadsheet would run as a formula (one that starts with {@code = + - @}, a tab or a carriage
     * return) gets a leading apostrophe, so scenario text cannot smuggle a formula into the CSV; a number such
     * as {@code -3.5} stays a number.
     */
    static String neutralise(String field) {
        if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0 || NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    /** Neutralised, then quoted when it holds a comma, quote or line break; quotes doubled. */
    static String quote(String raw) {
        String field = neutralise(raw);
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
