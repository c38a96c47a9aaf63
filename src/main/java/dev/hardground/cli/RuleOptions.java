package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: where the rule files are read from, compiled once per run. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Directory of .drl rule files (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled rule sets are kept between runs (default: $HARDGROUND_CACHE or ~/.cache/hardground).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Always rebuild the rules; neither read nor write the cache.")
    boolean noCache;

    /** The cache folder in use, or null with --no-cache. */
    Path cacheDirOrNull() {
        return noCache ? null : cacheDir != null ? cacheDir : RuleBase.defaultCacheDir();
    }

    RuleBase compile() {
        return compile(rules);
    }

    /** Another rules directory, compiled with the same cache settings (diff's --against). */
    RuleBase compile(Path dir) {
        return RuleBase.compile(dir, cacheDirOrNull());
    }
}
