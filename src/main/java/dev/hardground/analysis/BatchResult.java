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

    private long count(BatchStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
