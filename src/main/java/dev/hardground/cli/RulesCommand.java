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
}
