package dev.hardground.evidence;

import dev.hardground.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import ucdp-pad}: every row of a UCDP Peace Agreement Dataset CSV as one scenario file named
 * {@code <year>-<slug of pa_name>.yaml}. Names two rows would share get {@code -<paid>} appended, on both, so a
 * file's name does not depend on row order. A bad row is reported and skipped; the others are imported.
 */
public final class UcdpPadImport {
    /** The default dataset name written into {@code source}: the release shipped in data/. */
    public static final String DEFAULT_DATASET = "ucdp-pad-22.1";
    private static final int SLUG_LENGTH = 60;

    /** One scenario file to write: its file name, its text, and the CSV line it came from. */
    public record Scenario(String fileName, String yaml, int line) {
    }

    /** The scenarios of the good rows, and one located error per problem in the bad ones. */
    public record Result(List<Scenario> scenarios, List<Diagnostic> errors, int rows) {
    }

    private UcdpPadImport() {
    }

    /** Maps {@code text}, read from {@code path}; a missing column or unreadable file is thrown, row errors are returned. */
    public static Result run(String path, String text, String dataset) {
        CsvTable table = CsvTable.parse(path, text);
        table.require(PadColumns.required());
        List<Diagnostic> errors = new ArrayList<>();
        List<PadAgreement> good = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            PadAgreement a = PadRowReader.read(table, row, errors);
            if (a == null) {
                continue;
            }
            if (!ids.add(a.paid())) {
                errors.add(new Diagnostic(path, row.line(), 1, "paid " + a.paid() + ": duplicate id, already on an earlier row", null));
                continue;
            }
            good.add(a);
        }
        Map<String, Integer> uses = new HashMap<>();
        good.forEach(a -> uses.merge(stem(a), 1, Integer::sum));
        List<Scenario> scenarios = new ArrayList<>();
        for (PadAgreement a : good) {
            String stem = stem(a);
            String id = uses.get(stem) > 1 ? stem + "-" + Slug.of(a.paid(), 20) : stem;
            scenarios.add(new Scenario(id + ".yaml", PadScenarioWriter.write(a, earlier(a, good), id, dataset), a.line()));
        }
        return new Result(List.copyOf(scenarios), List.copyOf(errors), table.rows().size());
    }

    /**
     * The agreements of {@code a}'s conflict signed before it (same-day ones excluded: their order is unknown),
     * oldest first, ties by id: its precedents. None when the file has no conflict column or the cell is blank.
     */
    static List<PadAgreement> earlier(PadAgreement a, List<PadAgreement> all) {
        if (a.conflict().isEmpty()) {
            return List.of();
        }
        return all.stream().filter(b -> b.conflict().equals(a.conflict()) && b.signed().isBefore(a.signed()))
                .sorted(java.util.Comparator.comparing(PadAgreement::signed).thenComparing(PadAgreement::paid))
                .toList();
    }

    private static String stem(PadAgreement a) {
        String slug = Slug.of(a.name(), SLUG_LENGTH);
        return a.signed().getYear() + "-" + (slug.isEmpty() ? "agreement" : slug);
    }
}
