package dev.hardground.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The report's look for every chart: white ground, quiet grid, one font, the page's verdict colours. */
public final class ChartsTheme {
    static final Color INK = new Color(0x1f2933);
    static final Color MUTED = new Color(0x616e7c);
    static final Color GRID = new Color(0xe4e7eb);
    static final Color SUPPORT = new Color(0x2f855a);
    static final Color RISK = new Color(0xc53030);
    static final Color BASELINE = new Color(0x2b6cb0);
    static final Color LOW_END = new Color(0xdd6b20);
    static final Color HIGH_END = new Color(0x3182ce);
    /** Lines for the what-ifs, after the baseline's blue. */
    static final Color[] VARIANTS = {new Color(0x805ad5), new Color(0xdd6b20), new Color(0x319795),
        new Color(0xd53f8c), new Color(0x718096), new Color(0xb7791f)};

    static final String FAMILY = Font.SANS_SERIF;
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 13);
    static final Font LABEL = new Font(FAMILY, Font.PLAIN, 13);
    static final Font ITEM_LABEL = new Font(FAMILY, Font.BOLD, 12);
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 18);
    static final BasicStroke GRID_STROKE = new BasicStroke(1f);

    private ChartsTheme() {
    }

    /** Applies the theme; call it before setting series colours, which it would otherwise reset. */
    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("hardground");
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(LABEL);
        theme.setRegularFont(TICK);
        theme.setSmallFont(TICK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(INK);
        theme.setTitlePaint(INK);
        theme.setAxisLabelPaint(MUTED);
        theme.setTickLabelPaint(INK);
        theme.setItemLabelPaint(INK);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 4, 6, 12));
        chart.getPlot().setOutlineVisible(false);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemFont(LABEL);
        }
    }

    /** {@code 46%}: survival axes and labels. */
    static NumberFormat percent() {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
        format.setMaximumFractionDigits(0);
        return format;
    }
}
