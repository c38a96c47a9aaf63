package dev.hardground.simulate;

import dev.hardground.model.Baseline;
import dev.hardground.model.HazardLink;
import dev.hardground.model.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sampled futures of one scenario as the rules judged them, with no background hazard applied. Survival
 * under any baseline and score link is then an average over the paths, exact given the paths: what
 * back-testing needs to fit the hazard without simulating again for every candidate. Identical paths (a
 * scenario with nothing uncertain has only one) are kept once with their count.
 */
public final class PathSet implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<TrialPath> unique;
    private final long[] counts;
    private final long total;
    private final LocalDate signed;
    private final String referenceClass;

    PathSet(List<TrialPath> paths, LocalDate signed, String referenceClass) {
        Map<TrialPath, Long> grouped = new LinkedHashMap<>();
        for (TrialPath p : paths) {
            grouped.merge(p, 1L, Long::sum);
        }
        this.unique = List.copyOf(grouped.keySet());
        this.counts = grouped.values().stream().mapToLong(Long::longValue).toArray();
        this.total = paths.size();
        this.signed = signed;
        this.referenceClass = referenceClass;
    }

    private PathSet(Map<TrialPath, Long> grouped, long total, LocalDate signed, String referenceClass) {
        this.unique = List.copyOf(grouped.keySet());
        this.counts = grouped.values().stream().mapToLong(Long::longValue).toArray();
        this.total = total;
        this.signed = signed;
        this.referenceClass = referenceClass;
    }

    /**
     * The futures of several sets of one scenario one after the other, in the order given (chunks of trials in
     * trial order): the same set, identical paths in the same order, as one pass over all the trials.
     */
    public static PathSet concat(List<PathSet> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no paths to join");
        }
        Map<TrialPath, Long> grouped = new LinkedHashMap<>();
        long total = 0;
        for (PathSet part : parts) {
            for (int u = 0; u < part.unique.size(); u++) {
                grouped.merge(part.unique.get(u), part.counts[u], Long::sum);
            }
            total += part.total;
        }
        return new PathSet(grouped, total, parts.get(0).signed, parts.get(0).referenceClass);
    }

    /** The reference class the rules put the scenario in (null: none), whose baseline applies to it. */
    public String referenceClass() {
        return referenceClass;
    }

    /** Share of paths in which a rule declared a collapse on or before {@code day}. */
    public double ruleCollapseShare(LocalDate day) {
        long collapsed = 0;
        for (int u = 0; u < unique.size(); u++) {
            LocalDate c = unique.get(u).ruleCollapse();
            collapsed += c != null && !c.isAfter(day) ? counts[u] : 0;
        }
        return (double) collapsed / total;
    }

    public long size() {
        return total;
    }

    /**
     * Precomputes, for each day, how long each path spent at each (score, age band) before that day, so that
     * survival to those days under any baseline with at most {@code bands} age bands and any slope costs a few
     * multiplications per path. Every day must lie within the simulated span.
     */
    public Table table(List<LocalDate> days, int bands) {
        return new Table(days, bands);
    }

    /** Survival to fixed days, for any hazard; see {@link #table}. */
    public final class Table {
        private final int days;
        private final double[] scores;
        private final int[] bandOf;
        /** Per day, per unique path: indices into scores/bandOf and years spent there; null when a rule ended it. */
        private final int[][][] keys;
        private final double[][][] years;

        private Table(List<LocalDate> days, int bands) {
            this.days = days.size();
            Map<Long, Integer> index = new LinkedHashMap<>();
            List<Double> keyScores = new ArrayList<>();
            List<Integer> keyBands = new ArrayList<>();
            LocalDate[] starts = BackgroundHazard.starts(signed, bands); // the same for every stretch
            keys = new int[this.days][unique.size()][];
            years = new double[this.days][unique.size()][];
            for (int d = 0; d < this.days; d++) {
                LocalDate until = days.get(d);
                for (int u = 0; u < unique.size(); u++) {
                    TrialPath path = unique.get(u);
                    if (path.ruleCollapse() != null && !path.ruleCollapse().isAfter(until)) {
                        continue;
                    }
                    Map<Integer, Double> spent = new LinkedHashMap<>();
                    for (TrialPath.Stretch s : path.stretches()) {
                        if (!s.from().isBefore(until)) {
                            break;
                        }
                        LocalDate to = s.to().isAfter(until) ? until : s.to();
                        for (BackgroundHazard.Piece piece : BackgroundHazard.pieces(starts, s.from(), to)) {
                            long key = Double.doubleToLongBits(s.score()) * 31 + piece.band();
                            Integer k = index.get(key);
                            if (k == null) {
                                k = index.size();
                                index.put(key, k);
                                keyScores.add(s.score());
                                keyBands.add(piece.band());
                            }
                            spent.merge(k, Today.years(piece.from(), piece.to()), Double::sum);
                        }
                    }
                    keys[d][u] = spent.keySet().stream().mapToInt(Integer::intValue).toArray();
                    years[d][u] = spent.values().stream().mapToDouble(Double::doubleValue).toArray();
                }
            }
            scores = keyScores.stream().mapToDouble(Double::doubleValue).toArray();
            bandOf = keyBands.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Survival to each day when the baseline is {@code baseline} and the link's slope {@code slope}. */
        public double[] survival(Baseline baseline, double slope) {
            double[] rate = new double[scores.length];
            for (int k = 0; k < scores.length; k++) {
                rate[k] = HazardLink.rate(baseline.annual(bandOf[k]), slope, scores[k]);
            }
            double[] out = new double[days];
            for (int d = 0; d < days; d++) {
                double sum = 0;
                for (int u = 0; u < unique.size(); u++) {
                    int[] ks = keys[d][u];
                    if (ks == null) {
                        continue;
                    }
                    double exposure = 0;
                    double[] ys = years[d][u];
                    for (int i = 0; i < ks.length; i++) {
                        exposure += rate[ks[i]] * ys[i];
                    }
                    sum += counts[u] * Math.exp(-exposure);
                }
                out[d] = sum / total;
            }
            return out;
        }
    }
}
