package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import java.nio.file.Path;

/**
 * The rules one run reads, resolved once from {@link RuleOptions} before the command's work starts: the rules
 * directory ({@code --rules}, {@code ./rules} or the launcher's) and the cache folder ({@code null} with
 * {@code --no-cache}). A value: the options that produced it are never rewritten.
 *
 * @param besideLauncher whether the directory is the launcher's fallback, for want of {@code --rules} and
 *                       {@code ./rules}
 */
record RuleSource(Path directory, Path cacheDir, boolean besideLauncher) {
    RuleSource {
        if (directory == null) {
            throw new IllegalArgumentException("a rule source needs a directory");
        }
    }

    RuleBase compile() {
        return compile(directory);
    }

    /** Another rules directory, compiled with the same cache settings (diff's --against). */
    RuleBase compile(Path dir) {
        return RuleBase.compile(dir, cacheDir);
    }
}
