package dev.hardground.report.chart;

import dev.hardground.report.Numbers;
import dev.hardground.report.TornadoRow;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The sensitivity tornado: for each input, the survival at the low and at the high end of its range, drawn as
 * two bars from the baseline; the inputs that swing survival most are on top.
 */
public final class ChartsTornado {
    private static final double HALF = 0.36;

    private ChartsTornado() {
    }

    /** The rows as the tornado orders them: largest swing first, then by input. */
    public static List<TornadoRow> ordered(List<TornadoRow> rows) {
        List<TornadoRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(TornadoRow::swing).reversed().thenComparing(TornadoRow::input));
        return sorted;
    }

    public static Charts.Figure figure(List<TornadoRow> rows) {
        List<TornadoRow> sorted = ordered(rows);
        XYIntervalSeries low = new XYIntervalSeries("input at the low end of its range");
        XYIntervalSeries high = new XYIntervalSeries("input at the high end of its range");
        String[] labels = new String[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            TornadoRow r = sorted.get(i);
            labels[i] = r.label();
            low.add(i, i - HALF, i, r.baseline(), Math.min(r.baseline(), r.survivalLow()), Math.max(r.baseline(), r.survivalLow()));
            high.add(i, i, i + HALF, r.baseline(), Math.min(r.baseline(), r.survivalHigh()), Math.max(r.baseline(), r.survivalHigh()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(low);
        data.addSeries(high);
        SymbolAxis inputs = new SymbolAxis(null, labels);
        inputs.setGridBandsVisible(false);
        inputs.setInverted(true);
        inputs.setRange(-1.0, sorted.size() - 0.4);
        NumberAxis survival = new NumberAxis("survival at the horizon");
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        XYPlot plot = new XYPlot(data, inputs, survival, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartsTheme.apply(chart);
        bars.setSeriesPaint(0, ChartsTheme.LOW_END);
        bars.setSeriesPaint(1, ChartsTheme.HIGH_END);
        bars.setShadowVisible(false);
        plot.setDomainGridlinesVisible(false);
        double baseline = sorted.isEmpty() ? 0 : sorted.get(0).baseline();
        ValueMarker marker = new ValueMarker(baseline, ChartsTheme.INK, new BasicStroke(1.5f));
        marker.setLabel("baseline " + Numbers.percent(baseline));
        marker.setLabelFont(ChartsTheme.ITEM_LABEL);
        marker.setLabelPaint(ChartsTheme.INK);
        marker.setLabelBackgroundColor(java.awt.Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(marker);
        double lo = sorted.stream().mapToDouble(r -> Math.min(r.survivalLow(), r.survivalHigh())).min().orElse(0);
        double hi = sorted.stream().mapToDouble(r -> Math.max(r.survivalLow(), r.survivalHigh())).max().orElse(1);
        double pad = Math.max(0.02, (Math.max(hi, baseline) - Math.min(lo, baseline)) * 0.08);
        survival.setRange(Math.max(0, Math.min(lo, baseline) - pad), Math.min(1, Math.max(hi, baseline) + pad));
        survival.setNumberFormatOverride(ChartsTheme.percent());
        return new Charts.Figure("tornado", "Sensitivity", chart, Charts.WIDTH, 90 + 46 * Math.max(2, sorted.size()));
    }
}
