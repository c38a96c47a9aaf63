package dev.hardground.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan–Meier estimator of a survival curve from right-censored observations, with Greenwood's 95%
 * band on the log(−log) scale.
 *
 * <p>At each distinct event time t<sub>i</sub> with n<sub>i</sub> cases at risk (time ≥ t<sub>i</sub>) and
 * d<sub>i</sub> events, S(t) = ∏<sub>t<sub>i</sub> ≤ t</sub> (1 − d<sub>i</sub>/n<sub>i</sub>). A case
 * censored at the same time as an event is counted at risk for that event (the usual convention: censoring
 * happens just after). S(t) is P(T &gt; t), so an event at exactly t counts by t.
 *
 * <p>The band: Greenwood's variance of log S is V = Σ d<sub>i</sub> / (n<sub>i</sub>(n<sub>i</sub> −
 * d<sub>i</sub>)); on the scale u = log(−log S) its standard error is √V / |log S|, and the band
 * S<sup>exp(±1.96·se)</sup> always stays inside [0, 1] (Kalbfleisch &amp; Prentice 2002, §1.4; the default of
 * R's {@code survfit(conf.type = "log-log")}). Where S is 1 (no event yet) the band is [1, 1]; where S is 0
 * it is [0, 0].
 */
public final class KaplanMeier {
    private static final double Z = 1.959963984540054;

    /** One case: how long it was followed, and whether that time ended in the event (else it is censored). */
    public record Observation(double time, boolean event) {
        public Observation {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("observation time must be finite and >= 0, not " + time);
            }
        }
    }

    /** The curve at a time: survival with its 95% band. */
    public record Estimate(double time, double survival, double low, double high) {
    }

    private final int size;
    private final int events;
    private final double[] followed;
    private final double[] times;
    private final double[] survival;
    private final double[] greenwood;

    private KaplanMeier(int size, int events, double[] followed, double[] times, double[] survival, double[] greenwood) {
        this.size = size;
        this.events = events;
        this.followed = followed;
        this.times = times;
        this.survival = survival;
        this.greenwood = greenwood;
    }

    public static KaplanMeier of(Collection<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(Observation::time));
        int n = sorted.size();
        List<double[]> steps = new ArrayList<>();
        double s = 1;
        double v = 0;
        int eventCount = 0;
        int i = 0;
        while (i < n) {
            double t = sorted.get(i).time();
            int risk = n - i;
            int deaths = 0;
            int j = i;
            while (j < n && sorted.get(j).time() == t) {
                deaths += sorted.get(j).event() ? 1 : 0;
                j++;
            }
            if (deaths > 0) {
                s *= 1 - (double) deaths / risk;
                v = deaths == risk ? Double.POSITIVE_INFINITY : v + (double) deaths / ((double) risk * (risk - deaths));
                steps.add(new double[] {t, s, v});
                eventCount += deaths;
            }
            i = j;
        }
        double[] times = new double[steps.size()];
        double[] surv = new double[steps.size()];
        double[] var = new double[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            times[k] = steps.get(k)[0];
            surv[k] = steps.get(k)[1];
            var[k] = steps.get(k)[2];
        }
        double[] followed = sorted.stream().mapToDouble(Observation::time).toArray();
        return new KaplanMeier(n, eventCount, followed, times, surv, var);
    }

    /** How many observations the curve rests on. */
    public int size() {
        return size;
    }

    /** How many of them ended in the event. */
    public int events() {
        return events;
    }

    /** How many observations were still at risk at t (followed at least that long). */
    public int atRisk(double t) {
        int lo = 0;
        int hi = followed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (followed[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return followed.length - lo;
    }

    /** S(t): the estimated chance of lasting beyond t. */
    public double survival(double t) {
        int k = lastStepAtOrBefore(t);
        return k < 0 ? 1 : survival[k];
    }

    /** S(t) with its 95% band (see the class comment). */
    public Estimate at(double t) {
        int k = lastStepAtOrBefore(t);
        if (k < 0) {
            return new Estimate(t, 1, 1, 1);
        }
        return estimate(t, k);
    }

    /** The curve at each distinct event time, in time order. */
    public List<Estimate> steps() {
        List<Estimate> out = new ArrayList<>();
        for (int k = 0; k < times.length; k++) {
            out.add(estimate(times[k], k));
        }
        return out;
    }

    private Estimate estimate(double t, int k) {
        double s = survival[k];
        if (s <= 0) {
            return new Estimate(t, 0, 0, 0);
        }
        double logS = Math.log(s);
        double se = Math.sqrt(greenwood[k]) / Math.abs(logS);
        return new Estimate(t, s, Math.pow(s, Math.exp(Z * se)), Math.pow(s, Math.exp(-Z * se)));
    }

    private int lastStepAtOrBefore(double t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
