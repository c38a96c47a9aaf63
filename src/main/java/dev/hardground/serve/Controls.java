package dev.hardground.serve;

import static dev.hardground.report.html.HtmlText.escape;

import dev.hardground.analysis.Swing;
import dev.hardground.analysis.UncertainInput;
import dev.hardground.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A control for every uncertain input of a scenario, as sensitivity analysis finds them ({@link Swing#inputs}):
 * a slider for a probability, a choice for a distribution (an event's outcomes, a successor's stance) between
 * the distribution as written and each outcome made certain. Each control carries its override path; the page's
 * script turns the controls that differ from the file into {@code --set} overrides.
 */
final class Controls {
    private Controls() {
    }

    static String html(Scenario scenario) {
        List<UncertainInput> inputs = Swing.inputs(scenario);
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"card\" id=\"controls\">\n<h2>Explore the uncertain inputs</h2>\n");
        if (inputs.isEmpty()) {
            html.append("<p class=\"empty\">This scenario has no uncertain input to move.</p>\n</section>\n");
            return html.toString();
        }
        html.append("<p class=\"lede\">Each change reruns the what-if against the baseline over the same simulated "
                + "futures; the table, survival curve and fired rules below follow.</p>\n<div class=\"controls\">\n");
        int i = 0;
        for (UncertainInput in : inputs) {
            String id = "c" + i++;
            html.append("<div class=\"control\"><label for=\"").append(id).append("\"><code>")
                    .append(escape(in.path())).append("</code></label>");
            if (in.numeric()) {
                String v = Swing.format(in.value());
                html.append("<input type=\"range\" id=\"").append(id).append("\" min=\"0\" max=\"1\" step=\"0.01\" value=\"")
                        .append(escape(v)).append("\" data-path=\"").append(escape(in.path())).append("\" data-initial=\"")
                        .append(escape(v)).append("\"><output for=\"").append(id).append("\">")
                        .append(String.format(Locale.ROOT, "%.2f", in.value())).append("</output>");
            } else {
                html.append("<select id=\"").append(id).append("\" data-path=\"").append(escape(in.path()))
                        .append("\" data-initial=\"\"><option value=\"\">as written</option>");
                List<String> keys = keys(in.low());
                for (String k : keys) {
                    html.append("<option value=\"").append(escape(certain(keys, k))).append("\">").append(escape(k))
                            .append(" certain</option>");
                }
                html.append("</select>");
            }
            html.append("</div>\n");
        }
        html.append("</div>\n");
        html.append("<form id=\"save\" class=\"save\"><label>Save these settings as variant <input name=\"name\" "
                + "required pattern=\"[A-Za-z0-9][A-Za-z0-9._\\-]{0,79}\" placeholder=\"name\"></label> "
                + "<input name=\"description\" placeholder=\"description (optional)\"> "
                + "<button type=\"submit\">Save as variant</button> <button type=\"button\" id=\"reset\">Reset</button>"
                + "</form>\n<p id=\"status\" class=\"sub\" role=\"status\"></p>\n<p id=\"flash\" class=\"sub\"></p>\n"
                + "</section>\n");
        return html.toString();
    }

    /** The outcome keys of a distribution as {@link Swing} writes it: {@code {a: 0.4, b: 0.6}}. */
    static List<String> keys(String flow) {
        List<String> keys = new ArrayList<>();
        String body = flow.substring(1, flow.length() - 1);
        for (String part : body.split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                keys.add(part.substring(0, colon).strip());
            }
        }
        return keys;
    }

    private static String certain(List<String> keys, String chosen) {
        StringBuilder out = new StringBuilder("{");
        for (String k : keys) {
            out.append(out.length() == 1 ? "" : ", ").append(k).append(": ").append(k.equals(chosen) ? "1.0" : "0.0");
        }
        return out.append('}').toString();
    }
}
