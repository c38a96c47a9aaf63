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
public record BackgroundHazard(Baseline baseline, double slope, LocalDate signed) {
    /** A part of a stretch lying within one age band. */
    public record Piece(int band, LocalDate from, LocalDate to) {
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
        return pieces(signed, baseline.bands(), from, to);
    }

    static List<Piece> pieces(LocalDate signed, int bands, LocalDate from, LocalDate to) {
        List<Piece> out = new ArrayList<>(2);
        LocalDate start = from;
        int band = band(signed, bands, from);
        while (band < bands - 1) {
            LocalDate next = signed.plusYears(band + 1);
            if (!next.isBefore(to)) {
                break;
            }
            out.add(new Piece(band, start, next));
            start = next;
            band++;
        }
        out.add(new Piece(band, start, to));
        return out;
    }

    /** The age band {@code day} falls in: 0 in the first year after signing, up to {@code bands − 1}. */
    static int band(LocalDate signed, int bands, LocalDate day) {
        int band = 0;
        while (band < bands - 1 && !signed.plusYears(band + 1).isAfter(day)) {
            band++;
        }
        return band;
    }
}
