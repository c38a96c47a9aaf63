package dev.hardground.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code hardground} command: subcommands, --help, --version, and error handling. */
@Command(name = "hardground", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Judges whether a political or diplomatic agreement will last, with Drools rules read from rules/.",
        footer = {"", "Exit codes: 0 success; 1 an expectation failed; 2 bad usage or invalid input; 3 internal error."})
public final class HardgroundCommand implements java.util.concurrent.Callable<Integer> {
    /**
     * The subcommands, in the order help lists them. They are registered here rather than in {@code @Command}:
     * picocli builds the model of every registered command by reflection before running one, a fifth of a cold
     * {@code score} (docs/performance.md), so {@link #commandLine(PrintWriter, PrintWriter, String...)} registers
     * only the one invoked.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ScoreCommand.class, SimulateCommand.class,
            WhatIfCommand.class, SensitivityCommand.class, ReportCommand.class, BatchCommand.class, ImportCommand.class,
            DiffCommand.class, BacktestCommand.class, SchemaCommand.class, ReferenceCommand.class, LintCommand.class,
            BenchCommand.class,
            InitCommand.class, CompareCommand.class, ServeCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** Commands that need every other one registered: help lists them, completion writes a script for them. */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

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

    /** A command line with every subcommand, wired to these writers, with hardground's error handling and exit codes. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * The command line to run {@code args} with: when they name a subcommand (the first argument that is not an
     * option), only that one is registered; otherwise (no command, {@code --help}, {@code help}, {@code
     * completion}, an unknown or misspelt name, which picocli answers with suggestions) every one is.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HardgroundCommand());
        String invoked = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        List<Class<?>> chosen = SUBCOMMANDS.stream().filter(c -> name(c).equals(invoked)).toList();
        for (Class<?> command : chosen.isEmpty() || NEED_ALL.contains(invoked) ? SUBCOMMANDS : chosen) {
            cl.addSubcommand(command);
        }
        return configure(cl, out, err);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
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
