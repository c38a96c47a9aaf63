package dev.hardground.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code completion bash|zsh}: a shell completion script for every command, option and value list. */
@Command(name = "completion",
        description = {"Print a completion script for bash or zsh (picocli's AutoComplete).",
                "bash:  source <(hardground completion bash)      (or save it under /etc/bash_completion.d/)",
                "zsh:   source <(hardground completion zsh)       (the script loads bashcompinit itself)"})
final class CompletionCommand extends BaseCommand {
    /** The shells the script serves; picocli's bash script also runs under zsh's bashcompinit. */
    enum Shell { BASH, ZSH }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = out();
        CommandLine root = spec.root().commandLine();
        sortOptions(root);
        out.print(AutoComplete.bash("hardground", root));
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * Every command's options in the order of their longest names (the inherited --debug and options in argument groups keep their place). picocli lists a command's options in the order
     * reflection returns its fields, which the JVM does not fix (the launcher's class-data archive gave another
     * order than a plain run), so the script would not be the same bytes from one JVM to the next. The parsed
     * command line is not used again: this process only prints the script.
     */
    private static void sortOptions(CommandLine command) {
        CommandLine.Model.CommandSpec s = command.getCommandSpec();
        List<CommandLine.Model.OptionSpec> options = new ArrayList<>(s.options().stream()
                .filter(o -> !o.inherited() && o.scopeType() != CommandLine.ScopeType.INHERIT && o.group() == null)
                .toList()); // --debug and options in groups stay where they are
        options.forEach(s::remove);
        options.sort(Comparator.comparing(CommandLine.Model.OptionSpec::longestName));
        options.forEach(s::addOption);
        command.getSubcommands().values().stream().distinct().forEach(CompletionCommand::sortOptions);
    }
}
