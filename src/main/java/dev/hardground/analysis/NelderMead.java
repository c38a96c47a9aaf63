package dev.hardground.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** Nelder–Mead minimisation of a smooth function of a few variables: enough to fit two link parameters. */
final class NelderMead {
    private NelderMead() {
    }

    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int iterations) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += step;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
        }
        for (int it = 0; it < iterations; it++) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] v = values;
            Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
            double[][] s = new double[n + 1][];
            double[] sv = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s[i] = simplex[order[i]];
                sv[i] = values[order[i]];
            }
            simplex = s;
            values = sv;
            if (Math.abs(values[n] - values[0]) < 1e-10) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = towards(centroid, simplex[n], -1);
            double fr = f.applyAsDouble(reflected);
            if (fr < values[0]) {
                double[] expanded = towards(centroid, simplex[n], -2);
                double fe = f.applyAsDouble(expanded);
                replace(simplex, values, n, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < values[n - 1]) {
                replace(simplex, values, n, reflected, fr);
            } else {
                double[] contracted = towards(centroid, simplex[n], 0.5);
                double fc = f.applyAsDouble(contracted);
                if (fc < values[n]) {
                    replace(simplex, values, n, contracted, fc);
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = towards(simplex[0], simplex[i], 0.5);
                        values[i] = f.applyAsDouble(simplex[i]);
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return simplex[best];
    }

    /** {@code from + t · (to − from)}. */
    private static double[] towards(double[] from, double[] to, double t) {
        double[] out = new double[from.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = from[i] + t * (to[i] - from[i]);
        }
        return out;
    }

    private static void replace(double[][] simplex, double[] values, int i, double[] point, double value) {
        simplex[i] = point;
        values[i] = value;
    }
}
