package dev.hardground.report;

import dev.hardground.evidence.OutsideView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outside view as one text line (for score, simulate, and the HTML report) and as JSON. */
public final class OutsideViewFormat {
    private OutsideViewFormat() {
    }

    private static final int WIDTH = 84;

    /** The outside view, wrapped, then the model's own forecast, which {@code model} names. */
    public static List<String> lines(OutsideView view, String model) {
        List<String> out = new ArrayList<>();
        if (view instanceof OutsideView.Matched m) {
            wrap(out, m.referenceClass() + " (" + OutsideView.COVERAGE + ")", WIDTH);
            out.add(String.format(Locale.ROOT, "%d agreements%s, %d ended; 5-year survival %s (95%% %.1f–%s)",
                    m.agreements(), m.excludesItself() ? " (this one left out)" : "", m.collapsed(),
                    Numbers.percent(m.survival()), m.low() * 100, Numbers.percent(m.high())));
        } else {
            wrap(out, "none: " + ((OutsideView.NoClass) view).reason(), WIDTH);
        }
        out.add("this model: " + model);
        return out;
    }

    /** Text broken at spaces into lines of at most {@code width} characters (a longer word stands alone). */
    static void wrap(List<String> out, String text, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        out.add(line.toString());
    }

    /** The lines under an "outside view" label, indented as the text reports print them. */
    public static void print(PrintWriter out, OutsideView view, String model) {
        List<String> lines = lines(view, model);
        for (int i = 0; i < lines.size(); i++) {
            out.printf("  %-14s%s%n", i == 0 ? "outside view" : "", lines.get(i));
        }
    }

    public static Map<String, Object> json(OutsideView view) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", OutsideView.DATASET);
        if (view instanceof OutsideView.Matched m) {
            out.put("referenceClass", m.referenceClass());
            out.put("agreements", m.agreements());
            out.put("collapsed", m.collapsed());
            out.put("years", (int) OutsideView.YEARS);
            out.put("survival", SimulationJsonReporter.interval(m.survival(), m.low(), m.high()));
            out.put("excludesItself", m.excludesItself());
        } else {
            out.put("referenceClass", null);
            out.put("reason", ((OutsideView.NoClass) view).reason());
        }
        return out;
    }

}
