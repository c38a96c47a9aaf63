package dev.hardground.report;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The human view of a score: header, verdict, a diverging bar per factor, and with --explain every fired rule. */
public final class ScoreTextReporter {
    private static final int HALF_WIDTH = 20;

    private final PrintWriter out;
    private final boolean explain;
    private final double durableAt;
    private final double fragileAt;

    public ScoreTextReporter(PrintWriter out, boolean explain, double durableAt, double fragileAt) {
        this.out = out;
        this.explain = explain;
        this.durableAt = durableAt;
        this.fragileAt = fragileAt;
    }

    public void report(ScoreResult result) {
        Evaluation e = result.evaluation();
        out.printf("%s%s — %s%n", result.scenario().id(), result.variant() == null ? "" : " [" + result.variant() + "]",
                result.scenario().title());
        out.printf("as of %s · rules %s%n%n", result.scenario().asOf(), result.rulesHash().substring(0, 12));
        out.printf("  score %s / 100   verdict %s   (durable ≥ %s, at-risk < %s)%n%n",
                Numbers.fixed(e.score(), 1), e.verdict().key().toUpperCase(java.util.Locale.ROOT),
                Numbers.fixed(durableAt, 0), Numbers.fixed(fragileAt, 0));
        OutsideViewFormat.print(out, result.outsideView(), "score " + Numbers.fixed(e.score(), 1) + ", " + e.verdict().key());
        out.println();
        Map<String, Double> factors = factorsInOrder(e);
        int nameWidth = Math.max(8, factors.keySet().stream().mapToInt(String::length).max().orElse(0));
        double scale = Math.max(10, factors.values().stream().mapToDouble(Math::abs).max().orElse(10));
        out.printf("  %-" + nameWidth + "s %7s  %" + HALF_WIDTH + "s│%n", "factor", "points", "risk ◀   ▶ support");
        for (Map.Entry<String, Double> f : factors.entrySet()) {
            out.printf("  %-" + nameWidth + "s %7s  %s%n", f.getKey(), Numbers.signed(f.getValue()), bar(f.getValue(), scale));
        }
        if (factors.isEmpty()) {
            out.println("  (no rule contributed)");
        }
        if (!e.collapses().isEmpty()) {
            out.println();
            e.collapses().forEach(c -> out.printf("  collapse: %s  (%s, %s:%d)%n", c.reason(), c.rule(), c.file(), c.line()));
        }
        if (explain) {
            out.printf("%n  fired rules (%d), by factor:%n", e.contributions().size());
            for (Contribution c : byFactor(e)) {
                out.printf("  %6s  %-22s %s  %s:%d%n", Numbers.signed(c.points()), c.factor(), c.rule(), c.file(), c.line());
                out.printf("  %6s  %s%n", "", c.reason());
            }
        }
        out.println();
        out.flush();
    }

    private static String bar(double value, double scale) {
        int cells = (int) Math.round(Math.abs(value) / scale * HALF_WIDTH);
        if (value != 0 && cells == 0) {
            cells = 1;
        }
        String block = "█".repeat(cells);
        if (value < 0) {
            return " ".repeat(HALF_WIDTH - cells) + block + "│";
        }
        return " ".repeat(HALF_WIDTH) + "│" + block;
    }

    /** The factors from the most supportive to the most harmful (ties by name): the order of the breakdown. */
    public static Map<String, Double> factorsInOrder(Evaluation e) {
        Map<String, Double> factors = new java.util.LinkedHashMap<>();
        e.factors().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(f -> factors.put(f.getKey(), f.getValue()));
        return factors;
    }

    /** The fired rules grouped by factor in breakdown order, the largest contribution first within each. */
    public static List<Contribution> byFactor(Evaluation e) {
        List<String> order = List.copyOf(factorsInOrder(e).keySet());
        return e.contributions().stream()
                .sorted(java.util.Comparator.comparingInt((Contribution c) -> order.indexOf(c.factor()))
                        .thenComparing(Contribution::points, java.util.Comparator.reverseOrder()))
                .toList();
    }
}
