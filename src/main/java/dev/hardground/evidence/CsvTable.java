package dev.hardground.evidence;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as RFC 4180 writes it: comma-separated, fields optionally in double quotes (a quoted field may hold
 * commas, line breaks and doubled quotes), a header row first. A leading byte-order mark is dropped and column
 * names are matched with surrounding spaces trimmed (UCDP's {@code ref } and {@code return } end in one).
 * Each record remembers the line it starts on, so errors point at the file's own lines.
 */
public final class CsvTable {
    private final String path;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    /** One record: its 1-based starting line and its fields. */
    public record Row(int line, List<String> fields) {
    }

    private CsvTable(String path, Map<String, Integer> columns, List<Row> rows) {
        this.path = path;
        this.columns = columns;
        this.rows = rows;
    }

    /** Parses {@code text}, read from {@code path}; a quote left open is a located error. */
    public static CsvTable parse(String path, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Row(start, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new InvalidInputException(new Diagnostic(path, start, 1, "a quoted field opened here is never closed",
                    null));
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Row(start, List.copyOf(fields)));
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(new Diagnostic(path, 1, 1, "empty file: expected a header row", null));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim(), i);
        }
        return new CsvTable(path, columns, List.copyOf(records.subList(1, records.size())));
    }

    public String path() {
        return path;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Every named column that the header lacks, as one located error naming them all. */
    public void require(List<String> names) {
        List<String> missing = names.stream().filter(n -> !columns.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(new Diagnostic(path, 1, 1, (missing.size() == 1 ? "missing column '"
                    : "missing columns '") + String.join("', '", missing) + "' in the header", null));
        }
    }

    /** The row's value in a column, trimmed; empty when the row is short or the cell blank. */
    public String get(Row row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.fields().size()) {
            return "";
        }
        return row.fields().get(index).trim();
    }
}
