package dev.hardground.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
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
        out.print(AutoComplete.bash("hardground", spec.root().commandLine()));
        out.flush();
        return ExitCode.OK.code();
    }
}
