package dev.hardground.spark;

import dev.hardground.engine.RuleBase;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the Spark commands share: {@code --rules --cache-dir --no-cache} as the CLI has them (the rules directory
 * may be on any file system Spark reads), and how many trials make one task.
 */
final class SparkOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Directory of .drl rule files, on any file system Spark can read (default: ${DEFAULT-VALUE}).")
    String rules;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where the driver keeps compiled rule sets (default: $HARDGROUND_CACHE or ~/.cache/hardground).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Always rebuild the rules, on the driver and on every executor.")
    boolean noCache;

    @Option(names = "--trials-per-task", paramLabel = "N",
            description = "Trials in one Spark task (default: a file's whole run, split when that gives fewer than four tasks per core).")
    int trialsPerTask;

    /** Trials per task; 0 for the automatic choice. */
    int trialsPerTask() {
        if (trialsPerTask < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trials-per-task must be at least 1 (or 0: "
                    + "automatic), not " + trialsPerTask, null, String.valueOf(trialsPerTask));
        }
        return trialsPerTask;
    }

    RuleBase compile(HadoopFiles files) {
        return files.rules(rules, noCache ? null : cacheDir != null ? cacheDir : RuleBase.defaultCacheDir());
    }
}
