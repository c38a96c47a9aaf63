package dev.hardground.simulate;

import java.util.Arrays;
import java.util.List;

/**
 * The spread of a result over the draws of the ranged inputs: its 5% and 95% quantiles across draws (a 90%
 * interval of what the analyst does not know), apart from Monte Carlo error.
 *
 * <p>Each draw's result is estimated from its own trials, so the raw spread of the estimates is the inputs'
 * spread plus Monte Carlo noise. The noise's share is taken out by moment matching: every estimate is pulled
 * toward the mean by √(max(0, 1 − noise / observed variance)), where the noise is the average binomial (or
 * paired) variance of one draw's estimate, so the pulled estimates have the variance the inputs alone explain.
 *
 * @param draws  input draws behind it
 * @param byYear the same for each year of the survival curve (empty for a what-if delta)
 */
public record InputSpread(int draws, double low, double high, List<YearSpread> byYear, List<Driver> drivers) {
    public InputSpread {
        byYear = List.copyOf(byYear);
        drivers = List.copyOf(drivers);
    }

    /**
     * How one ranged input went with survival across the draws: the rank correlation of its drawn values with
     * the draws' survival, and the mean survival of the draws in its lowest and highest quarter of values.
     */
    public record Driver(String path, String written, double correlation, double survivalLow, double survivalHigh) {
    }

    /** The drivers of survival, strongest rank correlation first (sign aside). */
    static List<Driver> drivers(List<dev.hardground.model.RangedInput> inputs, double[][] values, double[] survival) {
        int m = survival.length;
        List<Driver> out = new java.util.ArrayList<>();
        if (m < 4) {
            return out;
        }
        double[] survivalRanks = ranks(survival);
        for (int i = 0; i < inputs.size(); i++) {
            double[] column = new double[m];
            for (int d = 0; d < m; d++) {
                column[d] = values[d][i];
            }
            double[] r = ranks(column);
            double correlation = pearson(r, survivalRanks);
            Integer[] order = new Integer[m];
            for (int d = 0; d < m; d++) {
                order[d] = d;
            }
            Arrays.sort(order, java.util.Comparator.comparingDouble((Integer d) -> column[d]).thenComparing(d -> d));
            int quarter = Math.max(1, m / 4);
            double low = 0;
            double high = 0;
            for (int q = 0; q < quarter; q++) {
                low += survival[order[q]];
                high += survival[order[m - 1 - q]];
            }
            out.add(new Driver(inputs.get(i).path(), inputs.get(i).written(), correlation, low / quarter, high / quarter));
        }
        out.sort(java.util.Comparator.comparingDouble((Driver d) -> -Math.abs(d.correlation())).thenComparing(Driver::path));
        return out;
    }

    private static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> x[i]));
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; ) {
            int j = i;
            while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0; // ties share their mean rank
            }
            i = j + 1;
        }
        return r;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    /** The input spread of survival at the end of one calendar year. */
    public record YearSpread(int year, double low, double high) {
    }

    /** 5% and 95% quantiles of {@code estimates} once their {@code noise} variances are taken out. */
    static double[] interval(double[] estimates, double[] noise, double min, double max) {
        int m = estimates.length;
        double mean = Arrays.stream(estimates).average().orElse(0);
        if (m < 2) {
            return new double[] {mean, mean};
        }
        double observed = 0;
        for (double e : estimates) {
            observed += (e - mean) * (e - mean);
        }
        observed /= m - 1;
        double averageNoise = Arrays.stream(noise).average().orElse(0);
        double pull = observed <= 0 ? 0 : Math.sqrt(Math.max(0, 1 - averageNoise / observed));
        double[] pulled = new double[m];
        for (int i = 0; i < m; i++) {
            pulled[i] = mean + pull * (estimates[i] - mean);
        }
        Arrays.sort(pulled);
        return new double[] {Math.max(min, quantile(pulled, 0.05)), Math.min(max, quantile(pulled, 0.95))};
    }

    /** The q-quantile of sorted values, interpolated linearly between order statistics (Hyndman–Fan type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
