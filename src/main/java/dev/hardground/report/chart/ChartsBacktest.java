package dev.hardground.report.chart;

import dev.hardground.analysis.SurvivalMetrics;
import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The back-test's survival curve: the Kaplan–Meier curve of the cases with its 95% band, and the mean forecast. */
public final class ChartsBacktest {
    private ChartsBacktest() {
    }

    public static Charts.Figure curve(SurvivalMetrics.Result m) {
        YIntervalSeries km = new YIntervalSeries("Kaplan–Meier of the cases (95% band)", false, false);
        YIntervalSeries predicted = new YIntervalSeries("mean predicted survival", false, false);
        km.add(0, 1, 1, 1);
        predicted.add(0, 1, 1, 1);
        for (SurvivalMetrics.CurvePoint p : m.curve()) {
            km.add(p.years(), p.kaplanMeier(), p.low(), p.high());
            if (!Double.isNaN(p.predicted())) {
                predicted.add(p.years(), p.predicted(), p.predicted(), p.predicted());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(km);
        data.addSeries(predicted);
        JFreeChart chart = ChartFactory.createXYLineChart(null, "years since signing", "still in force", data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartsTheme.apply(chart);
        DeviationRenderer lines = new DeviationRenderer(true, true);
        lines.setAlpha(0.18f);
        lines.setSeriesPaint(0, ChartsTheme.BASELINE);
        lines.setSeriesFillPaint(0, ChartsTheme.BASELINE);
        lines.setSeriesStroke(0, new BasicStroke(3f));
        lines.setSeriesPaint(1, ChartsTheme.VARIANTS[0]);
        lines.setSeriesFillPaint(1, ChartsTheme.VARIANTS[0]);
        lines.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {7f, 5f}, 0f));
        for (int i = 0; i < 2; i++) {
            lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        chart.getXYPlot().setRenderer(lines);
        NumberAxis years = (NumberAxis) chart.getXYPlot().getDomainAxis();
        years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        NumberAxis survival = (NumberAxis) chart.getXYPlot().getRangeAxis();
        survival.setRange(0, 1.02);
        survival.setTickUnit(new NumberTickUnit(0.1, ChartsTheme.percent()));
        return new Charts.Figure("backtest-curve", "Predicted survival against the Kaplan–Meier curve", chart,
                Charts.WIDTH, 440);
    }
}
