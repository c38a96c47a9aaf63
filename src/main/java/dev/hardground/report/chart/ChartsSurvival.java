package dev.hardground.report.chart;

import dev.hardground.analysis.WhatIf;
import dev.hardground.report.SimulationJsonReporter;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Survival by year: the baseline's curve with its 95% band (a Wilson interval per year from that year's
 * survival and the trial count), and each what-if's curve over the same sampled futures.
 */
public final class ChartsSurvival {
    private ChartsSurvival() {
    }

    public static Charts.Figure figure(WhatIf.Result result) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series("baseline (95% band)", result.baseline().simulation(), true));
        for (WhatIf.Comparison c : result.variants()) {
            data.addSeries(series(c.variant().label(), c.variant().simulation(), false));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, "year", "still standing", data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartsTheme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer lines = new DeviationRenderer(true, true);
        lines.setAlpha(0.18f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color colour = i == 0 ? ChartsTheme.BASELINE : ChartsTheme.VARIANTS[(i - 1) % ChartsTheme.VARIANTS.length];
            lines.setSeriesPaint(i, colour);
            lines.setSeriesFillPaint(i, colour);
            lines.setSeriesStroke(i, i == 0 ? new BasicStroke(3f)
                    : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f));
            lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        plot.setRenderer(lines);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setAutoRangeIncludesZero(false);
        years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        NumberAxis survival = (NumberAxis) plot.getRangeAxis();
        survival.setRange(0, 1.02);
        survival.setTickUnit(new NumberTickUnit(0.1, ChartsTheme.percent()));
        return new Charts.Figure("survival", "Survival by year", chart, Charts.WIDTH, 440);
    }

    private static YIntervalSeries series(String label, SimulationResult sim, boolean band) {
        YIntervalSeries series = new YIntervalSeries(label, false, false);
        series.add(yearFraction(sim.scenario().asOf()), 1, 1, 1);
        List<SimulationResult.YearSurvival> byYear = sim.byYear();
        for (SimulationResult.YearSurvival y : byYear) {
            LocalDate end = LocalDate.of(y.year(), 12, 31);
            double x = yearFraction(end.isAfter(sim.horizon()) ? sim.horizon() : end);
            Interval ci = SimulationJsonReporter.yearly(y.survival(), sim.trials());
            series.add(x, y.survival(), band ? ci.low() : y.survival(), band ? ci.high() : y.survival());
        }
        return series;
    }

    /** A day as a fractional year, so that 2023-12-31 sits just before the tick for 2024. */
    static double yearFraction(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }
}
