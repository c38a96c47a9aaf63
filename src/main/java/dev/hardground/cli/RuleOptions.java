package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: where the rule files are read from, compiled once per run. Without it, {@code ./rules};
 * when there is none, the rules shipped beside the launcher (beside the jar, or one folder up from
 * {@code target/hardground.jar}), said once on stderr.
 */
final class RuleOptions {
    static final Path DEFAULT = Path.of("rules");

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of .drl rule files (default: ./rules, or the rules beside the launcher when there is none).")
    Path rules;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled rule sets are kept between runs (default: $HARDGROUND_CACHE or ~/.cache/hardground).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Always rebuild the rules; neither read nor write the cache.")
    boolean noCache;

    /**
     * The rules this run reads, resolved from the parsed options (which it leaves as they are): --rules, ./rules or
     * the launcher's, said once on stderr when it is the launcher's. A command calls it once, before its work.
     */
    RuleSource resolve() {
        Path cache = noCache ? null : cacheDir != null ? cacheDir : RuleBase.defaultCacheDir();
        Path dir = rules != null ? rules : Files.isDirectory(DEFAULT) ? DEFAULT : besideLauncher();
        boolean fallback = rules == null && !dir.equals(DEFAULT);
        if (fallback) {
            mixee.commandLine().getErr().println("hardground: no ./rules here; using the rules beside the launcher: " + dir);
            mixee.commandLine().getErr().flush();
        }
        return new RuleSource(dir, cache, fallback);
    }

    /** {@code rules/} beside the jar or class folder this runs from, or one folder up; {@link #DEFAULT} when neither. */
    static Path besideLauncher() {
        try {
            var source = RuleOptions.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return DEFAULT;
            }
            Path home = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
            for (Path dir : new Path[] {home, home == null ? null : home.getParent()}) {
                if (dir != null && Files.isDirectory(dir.resolve("rules"))) {
                    return dir.resolve("rules");
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no location to fall back on: the default's own error says what is missing
        }
        return DEFAULT;
    }
}
