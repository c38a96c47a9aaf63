package dev.hardground.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What every subcommand shares, declared once: {@code --help}/{@code --version}, the command spec, and the
 * writers it prints through (never {@code System.out}). A command implements only its work in {@link #call()}.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class BaseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where results go: the command line's standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where errors and progress go: the command line's standard error. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
