package dev.hardground.spark;

import dev.hardground.cli.HardgroundCommand;
import dev.hardground.cli.Logging;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code spark-submit --class dev.hardground.spark.SparkJob hardground.jar batch|backtest|sensitivity …}: hardground's
 * batch, back-test and global sensitivity spread over a Spark cluster, with output byte-identical to the CLI's for a seed. The
 * only code that knows Spark; like {@code cli}, a front end that parses arguments and exits.
 */
@Command(name = "hardground-spark", mixinStandardHelpOptions = true,
        versionProvider = SparkJob.Version.class,
        description = "hardground's batch, backtest and sensitivity --global on Apache Spark (master from spark-submit or -Dspark.master; "
                + "default local[*]).",
        subcommands = {SparkBatchCommand.class, SparkBacktestCommand.class, SparkSensitivityCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 an expectation failed; 2 bad usage or invalid input; 3 internal error."})
public final class SparkJob implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and Drools' and Spark's own log.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs one command line with the given writers and returns its exit code; the integration test calls this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Logging.configure(args);
        CommandLine cl = HardgroundCommand.configure(new CommandLine(new SparkJob()), out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: batch PATH…, backtest PATH… or sensitivity FILE --global)");
    }

    /**
     * A Spark context for one command. The master comes from spark-submit or {@code -Dspark.master}; without
     * one, {@code local[*]}. In local mode the web UI is off and the driver binds to the loopback address.
     */
    static JavaSparkContext context(String command) {
        SparkConf conf = new SparkConf().setAppName("hardground " + command);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return new JavaSparkContext(conf);
    }

    /** The version of the jar, as the CLI reports it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SparkJob.class.getPackage().getImplementationVersion();
            return new String[] {"hardground-spark " + (v == null ? "dev" : v)};
        }
    }
}
