package dev.hardground.report.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Renders a chart as inline SVG (JFreeSVG) for the page, or as PNG (JFreeChart's ChartUtils) for --png. */
public final class ChartsOutput {
    /** SVG text uses the page's own font stack; JFreeSVG escapes every string it draws. */
    static final String FONT_STACK = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Liberation Sans, sans-serif";

    private ChartsOutput() {
    }

    /**
     * A coordinate in a hundredth of the viewBox's unit (a chart is about 1,100 units across): JFreeSVG writes every
     * digit of a double (20.43299674987793), which made the workbench's answer to a slider move 109 KB against 86 KB
     * (docs/performance.md) and no chart any sharper.
     */
    static String coordinate(double value) {
        return Double.toString(Math.round(value * 100) / 100.0);
    }

    /**
     * An {@code <svg>} element that scales to its container (viewBox, no fixed size). Definitions such as clip
     * paths get the figure's id as prefix, so several charts can share one page without their ids clashing.
     */
    public static String svg(Charts.Figure figure) {
        SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
        g.setDefsKeyPrefix("hg-" + figure.id() + "-");
        g.setFontFunction(family -> FONT_STACK);
        g.setGeomDoubleConverter(ChartsOutput::coordinate);
        figure.chart().draw(g, new Rectangle(0, 0, figure.width(), figure.height()));
        return g.getSVGElement("chart-" + figure.id(), false, new ViewBox(0, 0, figure.width(), figure.height()),
                null, null);
    }

    /** The chart as a PNG image, with its title drawn in (a PNG travels without the page around it). */
    public static byte[] png(Charts.Figure figure) {
        JFreeChart titled;
        try {
            titled = (JFreeChart) figure.chart().clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("cannot copy chart " + figure.id(), e);
        }
        titled.setTitle(new TextTitle(figure.title(), ChartsTheme.TITLE));
        titled.getTitle().setPaint(ChartsTheme.INK);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(bytes, titled, figure.width(), figure.height() + 40);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
