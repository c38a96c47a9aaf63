package dev.hardground.cli;

import dev.hardground.serve.Workbench;
import dev.hardground.simulate.SimulationOptions;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Starts the workbench and waits; kept apart from {@link ServeCommand} so picocli never loads the server. */
final class ServeLauncher {
    private ServeLauncher() {
    }

    static int serve(PrintWriter out, PrintWriter err, Path dir, Path rules, Path cache, String bind, int port,
                     SimulationOptions options, boolean open, CountDownLatch stop) throws InterruptedException {
        try (Workbench workbench = Workbench.start(new Workbench.Config(dir, rules, cache, bind, port, options))) {
            out.printf("hardground workbench at %s (scenarios %s, rules %s); Ctrl-C to stop%n", workbench.url(), dir, rules);
            out.flush();
            if (open) {
                open(err, workbench.url());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCode.OK.code();
    }

    /** Starts the system's browser where there is one (xdg-open, open); says so where there is none. */
    private static void open(PrintWriter err, String url) {
        for (String program : new String[] {"xdg-open", "open"}) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                    try {
                        new ProcessBuilder(Path.of(d, program).toString(), url).redirectErrorStream(true)
                                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                        return;
                    } catch (java.io.IOException e) {
                        err.printf("could not start %s: %s; open %s yourself%n", program, e.getMessage(), url);
                        err.flush();
                        return;
                    }
                }
            }
        }
        err.printf("no browser opener (xdg-open, open) found; open %s yourself%n", url);
        err.flush();
    }
}
