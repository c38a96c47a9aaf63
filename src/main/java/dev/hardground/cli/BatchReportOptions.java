package dev.hardground.cli;

import dev.hardground.analysis.BatchResult;
import dev.hardground.report.BatchJsonReporter;
import dev.hardground.report.CsvReporter;
import dev.hardground.report.JUnitReporter;
import dev.hardground.report.MarkdownSummaryReporter;
import dev.hardground.report.OutputFile;
import java.nio.file.Path;
import java.util.Collection;
import picocli.CommandLine.Option;

/** The report files a batch can write besides its text summary; each written atomically by {@link OutputFile}. */
public final class BatchReportOptions {
    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML: a testsuite per file, a testcase per scenario-variant.")
    Path junit;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results and rule coverage as JSON.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per scenario-variant.")
    Path csv;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write a Markdown table for a CI job summary ($GITHUB_STEP_SUMMARY).")
    Path summary;

    /** Refuses, before the batch runs, a report target that is one of {@code inputs} or cannot be a file. */
    void check(Collection<Path> inputs) {
        for (Path target : new Path[] {junit, json, csv, summary}) {
            if (target != null) {
                OutputFile.check(target, inputs);
            }
        }
    }

    /** Writes every requested report; none may overwrite one of {@code inputs}. */
    public void write(BatchResult result, String rulesHash, String shard, String title, Collection<Path> inputs) {
        if (junit != null) {
            OutputFile.write(junit, JUnitReporter.render(result, rulesHash), inputs);
        }
        if (json != null) {
            OutputFile.write(json, BatchJsonReporter.render(result, rulesHash, shard), inputs);
        }
        if (csv != null) {
            OutputFile.write(csv, CsvReporter.render(result), inputs);
        }
        if (summary != null) {
            OutputFile.write(summary, MarkdownSummaryReporter.render(result, title), inputs);
        }
    }
}
