package dev.hardground.cli;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.Shard;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.BatchJsonReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code batch --merge}: the shards' JSON reports read back and combined, refusing shards that do not belong together. */
final class BatchMerge {
    /** A batch with the rule-set hash and the shard it stands for ({@code 1/1} once merged). */
    record Merged(BatchResult result, String rules, String shard) {
    }

    private BatchMerge() {
    }

    static Merged read(List<Path> files) {
        List<BatchJsonReader.Report> reports = files.stream().map(BatchJsonReader::read).toList();
        BatchJsonReader.Report first = reports.get(0);
        List<Diagnostic> problems = new ArrayList<>();
        TreeSet<Integer> seen = new TreeSet<>();
        int count = shard(first).count();
        for (BatchJsonReader.Report r : reports) {
            if (!r.rules().equals(first.rules())) {
                problems.add(Diagnostic.of(r.file(), "judged under rules " + shortHash(r.rules()) + ", but " + first.file()
                        + " under rules " + shortHash(first.rules()) + ": only shards of one rule set can be merged"));
            }
            Shard s = shard(r);
            if (s.count() != count) {
                problems.add(Diagnostic.of(r.file(), "is shard " + s + ", but " + first.file() + " is one of " + count));
            } else if (!seen.add(s.index())) {
                problems.add(Diagnostic.of(r.file(), "shard " + s + " is given twice"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            if (!seen.contains(k)) {
                missing.add(k + "/" + count);
            }
        }
        if (problems.isEmpty() && !missing.isEmpty()) {
            problems.add(Diagnostic.of(first.file(), "shard " + String.join(", ", missing)
                    + " missing: rule coverage needs every shard"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Merged(BatchResult.merge(reports.stream().map(BatchJsonReader.Report::result).toList()), first.rules(),
                Shard.ALL.toString());
    }

    private static Shard shard(BatchJsonReader.Report r) {
        try {
            return Shard.parse(r.shard());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Diagnostic.of(r.file(), "'shard': " + e.getMessage()));
        }
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
