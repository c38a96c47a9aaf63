package dev.hardground.spark;

import dev.hardground.analysis.Batch;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.Limits;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.PathSet;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Trials spread over a Spark cluster. Each task runs trials [from, to) of one scenario file's simulated cases
 * (a baseline and its variants, over the same sampled futures) on an executor; because every random number is
 * addressed by (seed, trial, purpose, index), chunks are independent, and their integer tallies, merged by key,
 * are exactly the tallies one machine counts. Back-test paths come back in trial order and are concatenated.
 */
final class SparkTrials implements Batch.Simulations {
    /** Smallest chunk of trials worth a task: below it Spark's per-task cost and a cold evaluation cache dominate. */
    static final int MIN_TRIALS_PER_TASK = 250;

    private final JavaSparkContext spark;
    private final Broadcast<ExecutorRules.Shipped> rules;
    private final Map<String, String> texts;
    private final Limits limits;
    private final int trialsPerTask;

    /**
     * @param texts         each scenario file's text by its name, as read on the driver
     * @param trialsPerTask 0: chosen so that there are about four tasks per core
     */
    SparkTrials(JavaSparkContext spark, Broadcast<ExecutorRules.Shipped> rules, Map<String, String> texts, Limits limits,
                int trialsPerTask) {
        this.spark = spark;
        this.rules = rules;
        this.texts = texts;
        this.limits = limits;
        this.trialsPerTask = trialsPerTask;
    }

    /** Trials [from, to) of one file's cases; {@code labels} name the variants (null: the base scenario). */
    record Task(int key, String file, String text, ArrayList<String> labels, long from, long to, int trials, long seed,
                LocalDate horizon, Limits limits) implements Serializable {
        private static final long serialVersionUID = 1L;

        SimulationOptions options() {
            return new SimulationOptions(trials, seed, 1, horizon);
        }

        Simulator.Memory memory(ExecutorRules.Shipped rules) {
            return ExecutorRules.memory(rules.hash(), file, text, labels);
        }

        List<Scenario> scenarios() {
            ScenarioFile loaded = new ScenarioLoader(limits).parse(file, text);
            return labels.stream().map(l -> l == null ? loaded.base() : loaded.resolve(l, List.of())).toList();
        }
    }

    @Override
    public List<SimulationRun> run(List<Batch.Request> requests, SimulationOptions options) {
        long start = System.nanoTime();
        if (requests.isEmpty()) {
            return List.of();
        }
        int chunk = chunk(requests.size(), options.trials());
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Batch.Request r = requests.get(i);
            if (!ranged(r)) {
                tasks.addAll(tasks(i, r.file(), texts.get(r.file()), r.labels(), options, chunk));
            }
        }
        Broadcast<ExecutorRules.Shipped> shipped = rules;
        Map<Integer, Simulator.Part> parts = spark.parallelize(tasks, partitions(spark, tasks.size()))
                .mapToPair(t -> new Tuple2<>(t.key(), new Simulator(ExecutorRules.get(shipped.value()))
                        .runTrials(t.scenarios(), t.options(), t.from(), t.to(), t.memory(shipped.value()))))
                .reduceByKey(Simulator.Part::merge)
                .collectAsMap();
        List<SimulationRun> runs = new ArrayList<>();
        long nanos = System.nanoTime() - start;
        for (int i = 0; i < requests.size(); i++) {
            Batch.Request r = requests.get(i);
            // A file with ranged inputs runs on the driver with the CLI's own nested draws, which the executors'
            // integer tallies cannot carry (the spread over draws needs each draw's tally): the same numbers as
            // `hardground batch`, without the cluster's help. docs/scale.md says so.
            runs.add(ranged(r) ? new Simulator(ExecutorRules.get(shipped.value())).run(r.scenarios(), r.labels(),
                    options, n -> { }) : Simulator.finish(r.scenarios(), r.labels(), options, parts.get(i), nanos));
        }
        return runs;
    }

    private static boolean ranged(Batch.Request r) {
        return r.scenarios().stream().anyMatch(Scenario::ranged);
    }

    /** Each case's sampled paths (back-testing), case i with {@code each.get(i)}, computed in chunks on the executors and joined in trial order. */
    List<PathSet> paths(List<String> files, List<SimulationOptions> each) {
        int chunk = chunk(files.size(), each.get(0).trials());
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            tasks.addAll(tasks(i, files.get(i), texts.get(files.get(i)), java.util.Collections.singletonList(null),
                    each.get(i), chunk));
        }
        Broadcast<ExecutorRules.Shipped> shipped = rules;
        JavaRDD<Tuple2<Integer, PathSet>> computed = spark.parallelize(tasks, partitions(spark, tasks.size()))
                .map(t -> new Tuple2<>(t.key(), new Simulator(ExecutorRules.get(shipped.value()))
                        .paths(t.scenarios().get(0), t.options(), t.from(), t.to(), t.memory(shipped.value()))));
        List<List<PathSet>> byCase = new ArrayList<>();
        files.forEach(f -> byCase.add(new ArrayList<>()));
        for (Tuple2<Integer, PathSet> part : computed.collect()) { // collect keeps the tasks' order: trial order
            byCase.get(part._1()).add(part._2());
        }
        return byCase.stream().map(PathSet::concat).toList();
    }

    private List<Task> tasks(int key, String file, String text, List<String> labels, SimulationOptions options, int chunk) {
        List<Task> out = new ArrayList<>();
        for (long from = 0; from < options.trials(); from += chunk) {
            out.add(new Task(key, file, text, new ArrayList<>(labels), from, Math.min(options.trials(), from + chunk),
                    options.trials(), options.seed(), options.horizon(), limits));
        }
        return out;
    }

    /** Trials per task: as asked, or the whole run of a file unless that leaves fewer than four tasks per core. */
    private int chunk(int units, int trials) {
        if (trialsPerTask > 0) {
            return Math.min(trialsPerTask, trials);
        }
        long wanted = 4L * spark.defaultParallelism();
        long perUnit = (wanted + units - 1) / units;
        long size = (trials + perUnit - 1) / perUnit;
        return (int) Math.min(trials, Math.max(MIN_TRIALS_PER_TASK, size));
    }

    /** Partitions for a list of tasks: at most four per core, so that a partition runs several tasks in a row. */
    static int partitions(JavaSparkContext spark, int tasks) {
        return Math.max(1, Math.min(tasks, 4 * spark.defaultParallelism()));
    }
}
