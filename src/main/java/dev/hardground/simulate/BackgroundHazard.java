package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Baseline;
import dev.hardground.model.HazardLink;
import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The background hazard of one scenario: its reference class's baseline by age, scaled by the score link,
 * {@code annual = baseline(age) · exp(−slope · (score − 50) / 10)}, applied as the constant rate of
 * {@link HazardLink#rate} within each age band. Age counts from the day the agreement was
 * signed (asOf when the scenario does not say), so a stretch of constant score is split where the agreement
 * turns one, two, … years old; with one band (a flat baseline) nothing is split.
 */
public final class BackgroundHazard {
    /** A part of a stretch lying within one age band. */
    public record Piece(int band, LocalDate from, LocalDate to) {
    }

    private final Baseline baseline;
    private final double slope;
    /**
     * Where each age band after the first begins (signed + 1, 2, … years), worked out once: a trial cuts every one
     * of its stretches by them, and working them out there was most of the cutting.
     */
    private final LocalDate[] starts;

    public BackgroundHazard(Baseline baseline, double slope, LocalDate signed) {
        this.baseline = baseline;
        this.slope = slope;
        this.starts = starts(signed, baseline.bands());
    }

    /** The hazard the rules give this scenario, whose reference class is {@code referenceClass} (null: none). */
    public static BackgroundHazard of(RuleBase.Settings settings, String referenceClass, Scenario scenario) {
        LocalDate signed = signed(scenario);
        return new BackgroundHazard(settings.baseline(referenceClass).at(signed.getYear()), settings.slope(referenceClass),
                signed);
    }

    /** The day the agreement's age counts from: its signing day, else the scenario's asOf. */
    public static LocalDate signed(Scenario scenario) {
        return scenario.agreement() != null && scenario.agreement().signed() != null
                ? scenario.agreement().signed() : scenario.asOf();
    }

    /** The constant rate per year at {@code score} in age band {@code band}. */
    public double rate(double score, int band) {
        return HazardLink.rate(baseline.annual(band), slope, score);
    }

    /** [from, to) cut where the agreement enters a new age band; one piece when it stays in one. */
    public List<Piece> pieces(LocalDate from, LocalDate to) {
        return pieces(starts, from, to);
    }

    /** [from, to) cut at {@code starts}, the first days of the age bands after the first ({@link #starts}). */
    static List<Piece> pieces(LocalDate[] starts, LocalDate from, LocalDate to) {
        int band = band(starts, from);
        if (band == starts.length || !starts[band].isBefore(to)) {
            return List.of(new Piece(band, from, to)); // the usual case: a stretch within one band
        }
        List<Piece> out = new ArrayList<>(2);
        LocalDate start = from;
        while (band < starts.length && starts[band].isBefore(to)) {
            out.add(new Piece(band, start, starts[band]));
            start = starts[band];
            band++;
        }
        out.add(new Piece(band, start, to));
        return out;
    }

    /** The first day of each age band after the first: band {@code b} begins {@code b} years after signing. */
    static LocalDate[] starts(LocalDate signed, int bands) {
        LocalDate[] starts = new LocalDate[Math.max(0, bands - 1)];
        for (int b = 0; b < starts.length; b++) {
            starts[b] = signed.plusYears(b + 1);
        }
        return starts;
    }

    /** The age band {@code day} falls in: 0 in the first year after signing, up to the last band. */
    private static int band(LocalDate[] starts, LocalDate day) {
        int band = 0;
        while (band < starts.length && !starts[band].isAfter(day)) {
            band++;
        }
        return band;
    }
}
