package dev.hardground.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code hardground} command: subcommands, --help, --version, and error handling. */
@Command(name = "hardground", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Judges whether a political or diplomatic agreement will last, with Drools rules read from rules/.",
        subcommands = {ScoreCommand.class, SimulateCommand.class, WhatIfCommand.class, SensitivityCommand.class,
                ReportCommand.class, BatchCommand.class, ImportCommand.class, DiffCommand.class, BacktestCommand.class,
                SchemaCommand.class, ReferenceCommand.class, LintCommand.class, BenchCommand.class, InitCommand.class, CompareCommand.class,
                ServeCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 an expectation failed; 2 bad usage or invalid input; 3 internal error."})
public final class HardgroundCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and Drools' own log.")
    boolean debug;

    /** A bare {@code hardground}, as a bare {@code git}: the usage, on stderr since nothing was asked, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT.code();
    }

    /** A command line wired to these writers, with hardground's error handling and exit codes. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new HardgroundCommand()), out, err);
    }

    /** Wires a command line (this one, or the Spark job's) to writers, with hardground's error handling and exit codes. */
    public static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // No @file argument files: a scenario named @x.yaml would silently be read as a list of arguments.
        cl.setExpandAtFiles(false);
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL_ERROR.code());
        return cl;
    }
}
