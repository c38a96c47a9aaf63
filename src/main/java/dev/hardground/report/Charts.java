package dev.hardground.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The report's charts, drawn by JFreeChart. AWT runs headless: a report is written on servers and in CI, where
 * there is no display, so the property is set here, before any chart class touches AWT.
 */
public final class Charts {
    /** Charts are laid out for a 1200 px page: the width of a card's content. */
    static final int WIDTH = 1100;

    static {
        headless();
    }

    /** One chart, identified in the page and in PNG file names by {@code id}. */
    public record Figure(String id, String title, JFreeChart chart, int width, int height) {
    }

    private Charts() {
    }

    /** Makes AWT headless; the command calls it first thing, before anything may load AWT. */
    public static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Every chart the report shows: factors, survival, causes (when any trial collapsed), tornado (when given). */
    public static List<Figure> of(HtmlReport report) {
        List<Figure> figures = new ArrayList<>();
        figures.add(ChartsFactors.figure(report.baseline().evaluation()));
        figures.add(ChartsSurvival.figure(report.whatIf()));
        if (!report.baseline().simulation().causes().isEmpty()) {
            figures.add(ChartsCauses.figure(report.baseline().simulation()));
        }
        if (!report.tornado().isEmpty()) {
            figures.add(ChartsTornado.figure(report.tornado()));
        }
        return List.copyOf(figures);
    }
}
