package dev.hardground.spark;

import dev.hardground.model.Scenario;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.Limits;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.InputModel;
import dev.hardground.simulate.SimulationOptions;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Survival at many settings of a scenario's ranged inputs, spread over a Spark cluster: a task is a run of
 * consecutive points; its executor re-reads the scenario from the shipped text and runs
 * {@link InputModel#survival(double[][])} on one thread. Every point runs the same trials with addressed random
 * numbers, so a point's survival does not depend on the task it lands in, and the results joined in point order
 * are the CLI's, bit for bit.
 */
final class SparkPoints {
    /** Points in one task: enough to keep a task's cost well above Spark's scheduling cost. */
    static final int MIN_POINTS_PER_TASK = 16;

    private final JavaSparkContext spark;
    private final Broadcast<ExecutorRules.Shipped> rules;
    private final Source source;
    private final SimulationOptions perPoint;

    /** The scenario as the driver read it: file name and text, variant, {@code --set} overrides and read limits. */
    record Source(String file, String text, String variant, ArrayList<String> sets, Limits limits) implements Serializable {
        private static final long serialVersionUID = 1L;

        Scenario scenario() {
            List<Assignment> assignments = sets.stream().map(Assignment::parse).toList();
            return new ScenarioLoader(limits).parse(file, text)
                    .resolve(variant, assignments);
        }
    }

    /** Points [from, from + points.length) of the model. */
    record Task(int from, double[][] points, int trials, long seed, LocalDate horizon) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    SparkPoints(JavaSparkContext spark, Broadcast<ExecutorRules.Shipped> rules, Source source, SimulationOptions perPoint) {
        this.spark = spark;
        this.rules = rules;
        this.source = source;
        this.perPoint = perPoint;
    }

    /** Survival to the horizon at every point, in point order. */
    double[] survival(double[][] points) {
        int wanted = 4 * spark.defaultParallelism(); // about four tasks per core, as SparkTrials cuts trials
        int size = Math.max(MIN_POINTS_PER_TASK, (points.length + wanted - 1) / wanted);
        List<Task> tasks = new ArrayList<>();
        for (int from = 0; from < points.length; from += size) {
            tasks.add(new Task(from, Arrays.copyOfRange(points, from, Math.min(points.length, from + size)),
                    perPoint.trials(), perPoint.seed(), perPoint.horizon()));
        }
        Broadcast<ExecutorRules.Shipped> shipped = rules;
        Source s = source;
        List<double[]> parts = spark.parallelize(tasks, SparkTrials.partitions(spark, tasks.size()))
                .map(t -> new InputModel(ExecutorRules.get(shipped.value()), s.scenario(),
                        new SimulationOptions(t.trials(), t.seed(), 1, t.horizon())).survival(t.points()))
                .collect(); // collect keeps the tasks' order: point order
        double[] all = new double[points.length];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
