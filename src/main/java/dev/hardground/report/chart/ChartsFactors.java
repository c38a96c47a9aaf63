package dev.hardground.report.chart;

import dev.hardground.model.Evaluation;
import dev.hardground.report.Numbers;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** The factor breakdown: one horizontal bar per factor, green where it supports the deal, red where it is a risk. */
public final class ChartsFactors {
    static final String SUPPORTING = "supporting";
    static final String RISK = "risk";

    private ChartsFactors() {
    }

    public static Charts.Figure figure(Evaluation evaluation) {
        List<Map.Entry<String, Double>> factors = new ArrayList<>(evaluation.factors().entrySet());
        factors.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, Double> f : factors) {
            double points = Numbers.oneDecimal(f.getValue());
            data.addValue(points > 0 ? points : 0, SUPPORTING, f.getKey());
            data.addValue(points < 0 ? points : 0, RISK, f.getKey());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "points added to the score of 50", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        ChartsTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartsTheme.MUTED);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setCategoryMargin(0.3);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        StackedBarRenderer bars = (StackedBarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, ChartsTheme.SUPPORT);
        bars.setSeriesPaint(1, ChartsTheme.RISK);
        bars.setMaximumBarWidth(0.09);
        bars.setDefaultItemLabelGenerator(new NonZeroLabels());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartsTheme.ITEM_LABEL);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        double extent = factors.stream().mapToDouble(f -> Math.abs(f.getValue())).max().orElse(1);
        plot.getRangeAxis().setRange(-extent * 1.25 - 1, extent * 1.25 + 1);
        return new Charts.Figure("factors", "Factor breakdown", chart, Charts.WIDTH, 70 + 34 * Math.max(2, factors.size()));
    }

    /** Signed points at the end of each bar; nothing for the zero that pads the other series. */
    private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        NonZeroLabels() {
            super("{2}", new DecimalFormat("+0.0;-0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
        }
    }
}
