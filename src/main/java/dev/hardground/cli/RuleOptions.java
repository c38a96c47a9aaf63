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

    /** The cache folder in use, or null with --no-cache. */
    Path cacheDirOrNull() {
        return noCache ? null : cacheDir != null ? cacheDir : RuleBase.defaultCacheDir();
    }

    private Path resolved;

    /** The rules directory this run reads: --rules, ./rules, or the launcher's. */
    Path directory() {
        if (resolved == null) {
            resolved = rules != null ? rules : Files.isDirectory(DEFAULT) ? DEFAULT : besideLauncher();
            if (rules == null && resolved != DEFAULT) {
                mixee.commandLine().getErr().println("hardground: no ./rules here; using the rules beside the launcher: "
                        + resolved);
                mixee.commandLine().getErr().flush();
            }
        }
        return resolved;
    }

    RuleBase compile() {
        return compile(directory());
    }

    /** Another rules directory, compiled with the same cache settings (diff's --against). */
    RuleBase compile(Path dir) {
        return RuleBase.compile(dir, cacheDirOrNull());
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
