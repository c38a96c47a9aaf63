package dev.hardground.report.chart;

import dev.hardground.simulate.SimulationResult;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Causes of collapse: the share of all trials each cause ended, largest first. */
public final class ChartsCauses {
    private ChartsCauses() {
    }

    public static Charts.Figure figure(SimulationResult sim) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SimulationResult.Cause cause : sim.causes()) {
            data.addValue(cause.share(), "share of trials", cause.cause());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "share of all trials ended by this cause", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        ChartsTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getDomainAxis().setCategoryMargin(0.3);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, ChartsTheme.RISK);
        bars.setMaximumBarWidth(0.2);
        NumberFormat oneDecimal = NumberFormat.getPercentInstance(Locale.ROOT);
        oneDecimal.setMinimumFractionDigits(1);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", oneDecimal));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartsTheme.ITEM_LABEL);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        double top = sim.causes().stream().mapToDouble(SimulationResult.Cause::share).max().orElse(0.1);
        NumberAxis share = (NumberAxis) plot.getRangeAxis();
        share.setRange(0, Math.min(1, top * 1.2 + 0.02));
        share.setNumberFormatOverride(ChartsTheme.percent());
        return new Charts.Figure("causes", "Causes of collapse", chart, Charts.WIDTH, 70 + 44 * Math.max(2, sim.causes().size()));
    }
}
