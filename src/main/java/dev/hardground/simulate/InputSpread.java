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
public record InputSpread(int draws, double low, double high, List<YearSpread> byYear) {
    public InputSpread {
        byYear = List.copyOf(byYear);
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
