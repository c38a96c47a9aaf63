package dev.hardground.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Variance-based (Sobol) sensitivity of any model of k inputs in [0, 1]: first-order indices by Saltelli et
 * al. (2010), total indices by Jansen (1999), from the matrices A, B and AB_i (A with column i from B), so
 * n·(k + 2) evaluations, with percentile bootstrap intervals over the n base rows. Pure: the matrices come from
 * the caller (addressed uniforms in the simulator) and the model sees only points.
 */
public final class Sobol {
    /** A model evaluated on many points at once (so that it may spread them over threads). */
    public interface Model {
        double[] evaluate(double[][] points);
    }

    /** One input's indices with their 95% bootstrap intervals. */
    public record Index(int input, double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    /** All indices, the output's variance and mean, and how many model evaluations they took. */
    public record Result(List<Index> indices, double variance, double mean, int evaluations) {
        public Result {
            indices = List.copyOf(indices);
        }
    }

    private Sobol() {
    }

    /**
     * @param a         n × k base sample
     * @param b         n × k second base sample, independent of {@code a}
     * @param bootstrap resamples of the base rows for the intervals
     * @param seed      of the bootstrap's resampling
     */
    public static Result estimate(double[][] a, double[][] b, Model model, int bootstrap, long seed) {
        int n = a.length;
        int k = a[0].length;
        double[][] points = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            points[j] = a[j];
            points[n + j] = b[j];
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                points[(2 + i) * n + j] = ab;
            }
        }
        double[] y = model.evaluate(points);
        double[] fa = Arrays.copyOfRange(y, 0, n);
        double[] fb = Arrays.copyOfRange(y, n, 2 * n);
        double[][] fab = new double[k][];
        for (int i = 0; i < k; i++) {
            fab[i] = Arrays.copyOfRange(y, (2 + i) * n, (3 + i) * n);
        }
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[][] point = indices(fa, fb, fab, all);
        double[][][] resampled = new double[bootstrap][][];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < bootstrap; r++) {
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            resampled[r] = indices(fa, fb, fab, rows);
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] first = new double[bootstrap];
            double[] total = new double[bootstrap];
            for (int r = 0; r < bootstrap; r++) {
                first[r] = resampled[r][0][i];
                total[r] = resampled[r][1][i];
            }
            Arrays.sort(first);
            Arrays.sort(total);
            out.add(new Index(i, point[0][i], percentile(first, 0.025), percentile(first, 0.975), point[1][i],
                    percentile(total, 0.025), percentile(total, 0.975)));
        }
        double mean = (Arrays.stream(fa).sum() + Arrays.stream(fb).sum()) / (2.0 * n);
        return new Result(out, variance(fa, fb, all), mean, points.length);
    }

    /** First-order (row 0) and total (row 1) indices over the base rows {@code rows}. */
    private static double[][] indices(double[] fa, double[] fb, double[][] fab, int[] rows) {
        int k = fab.length;
        double v = variance(fa, fb, rows);
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                first += fb[j] * (fab[i][j] - fa[j]);
                double d = fa[j] - fab[i][j];
                total += d * d;
            }
            out[0][i] = v > 0 ? first / rows.length / v : 0;
            out[1][i] = v > 0 ? total / (2.0 * rows.length) / v : 0;
        }
        return out;
    }

    /** The output's variance over the A and B rows together. */
    private static double variance(double[] fa, double[] fb, int[] rows) {
        double sum = 0;
        double squares = 0;
        for (int j : rows) {
            sum += fa[j] + fb[j];
            squares += fa[j] * fa[j] + fb[j] * fb[j];
        }
        double m = 2.0 * rows.length;
        return Math.max(0, (squares - sum * sum / m) / (m - 1));
    }

    private static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
