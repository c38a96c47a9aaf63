package dev.hardground.cli;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code serve [DIR]}: the analyst's workbench in the browser. The server's classes (and Javalin's) are loaded
 * only here, through {@link ServeLauncher}, so other commands start as fast as before.
 */
@Command(name = "serve",
        description = {"Start the workbench: a local web server over the scenarios under DIR, with a control for every "
                + "uncertain input, live what-ifs over the same futures, reload on file changes and save as variant.",
                "Binds to loopback only unless --bind says otherwise; Ctrl-C stops it."})
final class ServeCommand extends BaseCommand {
    @Parameters(paramLabel = "DIR", defaultValue = "scenarios", arity = "0..1",
            description = "Folder of scenario files (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--open", description = "Open the workbench in the system browser, where there is one.")
    boolean open;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    SimulationOptionsMixin simulation;

    /** Counted down to stop the server (tests); Ctrl-C ends the JVM instead. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(Diagnostic.of(dir.toString(), "no such folder of scenarios"));
        }
        RuleSource rules = ruleOptions.resolve();
        if (!Files.isDirectory(rules.directory())) {
            throw new InvalidInputException(Diagnostic.of(rules.directory().toString(), "no such rules folder"));
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        return ServeLauncher.serve(out, err, dir, rules.directory(), rules.cacheDir(), bind, port,
                simulation.options(), open, stop);
    }

}
