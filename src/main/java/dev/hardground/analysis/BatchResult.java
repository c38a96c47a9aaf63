package dev.hardground.analysis;

import java.util.List;

/** Every row of a batch, in file order (base scenario first, then its variants), and the rule coverage. */
public record BatchResult(List<BatchRow> rows, RuleCoverage.Summary coverage) {
    public BatchResult {
        rows = List.copyOf(rows);
    }

    public long total() {
        return rows.size();
    }

    public long passed() {
        return count(BatchStatus.PASSED);
    }

    public long failed() {
        return count(BatchStatus.FAILED);
    }

    public long errors() {
        return count(BatchStatus.ERROR);
    }

    public long skipped() {
        return count(BatchStatus.SKIPPED);
    }

    /**
     * The batch that shards of one run make together, as one unsharded run would have reported it: the rows of
     * paths that named nothing (every shard reports them) once and first, then every file's rows in file order,
     * and the rule coverage summed over all shards.
     */
    public static BatchResult merge(List<BatchResult> shards) {
        java.util.Map<String, Integer> shardsPerFile = new java.util.HashMap<>();
        for (BatchResult shard : shards) {
            shard.rows().stream().map(BatchRow::file).distinct().forEach(f -> shardsPerFile.merge(f, 1, Integer::sum));
        }
        List<BatchRow> problems = new java.util.ArrayList<>();
        List<BatchRow> files = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BatchResult shard : shards) {
            for (BatchRow row : shard.rows()) {
                if (shards.size() > 1 && shardsPerFile.get(row.file()) > 1) {
                    if (seen.add(row.file() + "\0" + row.variant())) {
                        problems.add(row);
                    }
                } else {
                    files.add(row);
                }
            }
        }
        files.sort(java.util.Comparator.comparing(BatchRow::file)); // stable: a file's rows keep their order
        problems.addAll(files);
        return new BatchResult(problems, RuleCoverage.merge(shards.stream().map(BatchResult::coverage).toList()));
    }

    private long count(BatchStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
