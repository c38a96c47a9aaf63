package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.Scenario;
import dev.hardground.model.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Verdict thresholds read off the record: each historical case's score on its asOf beside whether it lasted,
 * and the Kaplan–Meier survival to {@link #AGE} years after signing (censoring handled) of the cases scoring at or
 * above a candidate threshold and of those below it. The durable threshold is the lowest whole score at or above
 * which at least {@code durableSurvival} of the agreements lasted, and at or above every higher score too (a
 * stricter bar never falls short of the target); the at-risk threshold the highest below which, and below every
 * lower score, at most {@code atRiskSurvival} did; tails of fewer than {@code minCases} cases are passed over
 * (they can neither place nor block a threshold). Where no score meets its target,
 * the evidence cannot place the threshold and it is reported as absent. In a gap between the cases' scores a
 * threshold sits at the edge of its own tail (the floor of the tail's lowest score, one above the floor of its
 * highest), so that it claims nothing about scores no case had.
 */
public final class VerdictBands {
    /** The age, in years since signing, at which survival is read: the back-test's horizon. */
    public static final double AGE = 5;
    /** Width of the display bands, in score points. */
    private static final int WIDTH = 5;

    /** One case: its score on asOf, years followed since signing, and whether that ended in a collapse. */
    public record Point(String id, double score, double years, boolean collapsed) {
    }

    /** The survival of the cases in a score range: Kaplan–Meier at {@link #AGE} years with its 95% band. */
    public record Band(double from, double to, int cases, int collapsed, double survival, double low, double high) {
    }

    /** A derived threshold (null: the evidence cannot place it) and the tail of cases that placed it. */
    public record Threshold(Integer score, Band tail) {
    }

    /** The whole derivation: the targets, the bands for display, and the two thresholds. */
    public record Result(double durableSurvival, double atRiskSurvival, int minCases, List<Point> points, Band all,
                         List<Band> bands, Threshold durable, Threshold atRisk) {
    }

    private VerdictBands() {
    }

    /** Each case scored on its asOf by {@code rules}, followed to its collapse, horizon or last day known in force. */
    public static List<Point> points(RuleBase rules, List<Scenario> cases) {
        List<Point> points = new ArrayList<>();
        for (Scenario s : cases) {
            LocalDate signed = s.agreement().signed() != null ? s.agreement().signed() : s.asOf();
            OutcomeStatus status = s.outcome().status();
            LocalDate until = status == OutcomeStatus.SURVIVED || s.outcome().date() == null ? s.horizon() : s.outcome().date();
            points.add(new Point(s.id(), rules.score(s).score(), Math.max(0, Today.years(signed, until)),
                    status == OutcomeStatus.COLLAPSED));
        }
        return points;
    }

    public static Result derive(List<Point> points, double durableSurvival, double atRiskSurvival, int minCases) {
        Band all = band(points, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        List<Band> bands = new ArrayList<>();
        double lowest = points.stream().mapToDouble(Point::score).min().orElse(50);
        double highest = points.stream().mapToDouble(Point::score).max().orElse(50);
        for (double from = Math.floor(lowest / WIDTH) * WIDTH; from <= highest; from += WIDTH) {
            bands.add(band(points, from, from + WIDTH));
        }
        // From the top down: the durable threshold is the lowest score whose tail, and the tail of every higher
        // score with enough cases, meets the target; the at-risk threshold, from the bottom up, likewise.
        Threshold durable = new Threshold(null, null);
        for (int t = (int) Math.ceil(highest); t >= (int) Math.floor(lowest); t--) {
            Band tail = band(points, t, Double.POSITIVE_INFINITY);
            if (tail.cases() < minCases) {
                continue;
            }
            if (tail.survival() < durableSurvival) {
                break;
            }
            double from = t;
            int edge = (int) Math.floor(points.stream().mapToDouble(Point::score).filter(x -> x >= from).min().orElse(t));
            durable = new Threshold(edge, tail);
        }
        Threshold atRisk = new Threshold(null, null);
        for (int t = (int) Math.floor(lowest); t <= (int) Math.ceil(highest) + 1; t++) {
            Band tail = band(points, Double.NEGATIVE_INFINITY, t);
            if (tail.cases() < minCases) {
                continue;
            }
            if (tail.survival() > atRiskSurvival) {
                break;
            }
            double below = t;
            int edge = (int) Math.floor(points.stream().mapToDouble(Point::score).filter(x -> x < below).max().orElse(t - 1)) + 1;
            atRisk = new Threshold(edge, tail);
        }
        return new Result(durableSurvival, atRiskSurvival, minCases, List.copyOf(points), all, List.copyOf(bands),
                durable, atRisk);
    }

    /** The cases scoring in [from, to). */
    static Band band(List<Point> points, double from, double to) {
        List<KaplanMeier.Observation> obs = new ArrayList<>();
        int collapsed = 0;
        for (Point p : points) {
            if (p.score() >= from && p.score() < to) {
                obs.add(new KaplanMeier.Observation(p.years(), p.collapsed()));
                collapsed += p.collapsed() ? 1 : 0;
            }
        }
        if (obs.isEmpty()) {
            return new Band(from, to, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        KaplanMeier.Estimate at = KaplanMeier.of(obs).at(AGE);
        return new Band(from, to, obs.size(), collapsed, at.survival(), at.low(), at.high());
    }
}
