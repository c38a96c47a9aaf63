package dev.hardground.report.chart;

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

}
