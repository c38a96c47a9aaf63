package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: where the rule files are read from, compiled once per run. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Directory of .drl rule files (default: ${DEFAULT-VALUE}).")
    Path rules;

    RuleBase compile() {
        return RuleBase.compile(rules);
    }
}
