package dev.hardground.cli;

import picocli.CommandLine.Mixin;

/**
 * A command that reads rules and scenario files: {@code --rules}, {@code --cache-dir}, {@code --no-cache} and the
 * input limits ({@code --max-file-size} …), declared once for every such command.
 */
abstract class RulesCommand extends BaseCommand {
    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    LimitOptions limitOptions;

    /** Resolves the rules once, then does the command's work with them. */
    @Override
    public final Integer call() throws Exception {
        return run(ruleOptions.resolve());
    }

    /** The command's work, over the rules this run reads. */
    abstract Integer run(RuleSource source) throws Exception;
}
