package dev.hardground.serve;

import static dev.hardground.report.html.HtmlText.escape;

import dev.hardground.analysis.Compare;
import dev.hardground.analysis.WhatIf;
import dev.hardground.model.Diagnostic;
import dev.hardground.report.Numbers;
import dev.hardground.report.html.HtmlReport;
import dev.hardground.report.html.HtmlText;
import dev.hardground.report.html.HtmlWorkbench;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The workbench's pages. Every text that comes from a scenario or rule file is escaped; the pages load their
 * style and script from the server itself (no inline script, no CDN) under {@link #CONTENT_SECURITY_POLICY}.
 */
final class Pages {
    /**
     * As strict as the report's, plus what a live page needs from its own server: its script, its stylesheet and
     * its requests. Inline style attributes stay allowed for the charts, as in the report.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; font-src data:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private Pages() {
    }

    static String page(String title, String token, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"hardground-token\" content=\"" + escape(token) + "\">\n"
                + "<title>" + escape(title) + " — hardground workbench</title>\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/assets/report.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/assets/workbench.css\">\n"
                + "<script src=\"/assets/workbench.js\" defer></script>\n</head>\n<body>\n<div class=\"page\">\n"
                + "<nav class=\"crumbs\"><a href=\"/\">hardground workbench</a></nav>\n" + body
                + "</div>\n</body>\n</html>\n";
    }

    static String index(List<Workspace.Summary> rows, List<Workspace.Entry> broken, List<Diagnostic> rulesErrors,
                        String root) {
        StringBuilder html = new StringBuilder();
        html.append("<header class=\"card\"><h1>Scenarios</h1><p class=\"lede\">Under <code>").append(escape(root))
                .append("</code>. Survival from ").append(String.format("%,d", Workspace.INDEX_TRIALS))
                .append(" simulated futures; open a scenario for the full run.</p></header>\n");
        html.append(errors("The rules do not compile; pages use the last rule set that did", rulesErrors));
        html.append("<section class=\"card\" id=\"index\">\n<form id=\"compare\" class=\"save\">"
                + "<button type=\"submit\">Compare the two checked</button></form>\n<table>\n<thead><tr><th></th>"
                + "<th>scenario</th><th class=\"num\">score</th><th>verdict</th><th class=\"num\">survival</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Workspace.Summary s : rows) {
            WhatIf.Case c = s.baseline();
            String verdict = c.evaluation().verdict().key();
            html.append("<tr><td><input type=\"checkbox\" class=\"pick\" value=\"").append(escape(s.entry().name()))
                    .append("\" aria-label=\"compare\"></td><td><a href=\"").append(link(s.entry().name())).append("\">")
                    .append(escape(c.scenario().title())).append("</a><span class=\"sub\"><code>")
                    .append(escape(s.entry().name())).append("</code></span></td><td class=\"num\">")
                    .append(Numbers.fixed(c.evaluation().score(), 1)).append("</td><td><span class=\"badge small ")
                    .append(HtmlText.cssClass(verdict)).append("\">").append(escape(verdict))
                    .append("</span></td><td class=\"num\">").append(Numbers.percent(c.simulation().survival().estimate()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
        if (!broken.isEmpty()) {
            html.append("<section class=\"card\" id=\"broken\">\n<h2>Files that do not load</h2>\n");
            for (Workspace.Entry e : broken) {
                html.append("<h3><code>").append(escape(e.name())).append("</code></h3>\n").append(diagnostics(e.errors()));
            }
            html.append("</section>\n");
        }
        return html.toString();
    }

    static String link(String name) {
        return "/scenario?file=" + escape(URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /**
     * A scenario page: the report's header (its plain words from the baseline's collapse anatomy), the controls,
     * the live sections, the anatomy, any current error above them.
     */
    static String scenario(Workspace.Entry entry, HtmlReport report, List<Diagnostic> rulesErrors) {
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<div id=\"workbench\" data-file=\"").append(escape(entry.name())).append("\">\n");
        html.append(errors("This edit does not load; the page shows the last version that did", entry.errors()));
        html.append(errors("The rules do not compile; the page uses the last rule set that did", rulesErrors));
        html.append(HtmlWorkbench.hero(report));
        html.append("<main>\n").append(Controls.html(report.baseline().scenario()));
        html.append("<div id=\"live\">\n").append(HtmlWorkbench.live(report, report.baseline())).append("</div>\n");
        html.append(HtmlWorkbench.anatomy(report)); // the baseline's, as the plain words above: it does not move
        html.append("</main>\n<footer>hardground workbench · rule set <code>").append(escape(report.rulesHash()))
                .append("</code> · the page reloads when a rule or scenario file changes</footer>\n</div>\n");
        return html.toString();
    }

    static String compare(Compare.Result r, HtmlReport report, String a, String b) {
        StringBuilder html = new StringBuilder();
        WhatIf.Case ca = r.a();
        WhatIf.Case cb = r.b();
        html.append("<header class=\"card\" id=\"comparison\"><h1>Compare</h1><p class=\"lede\">A <code>")
                .append(escape(a)).append("</code> — ").append(escape(ca.scenario().title())).append("<br>B <code>")
                .append(escape(b)).append("</code> — ").append(escape(cb.scenario().title()))
                .append("<br>Inputs the two share draw the same random numbers in every simulated future.</p></header>\n");
        html.append("<section class=\"card\"><h2>Factor by factor</h2><table id=\"factors-ab\">\n<thead><tr><th>factor</th>"
                + "<th class=\"num\">A</th><th class=\"num\">B</th><th class=\"num\">B − A</th></tr></thead>\n<tbody>\n");
        row(html, "score", Numbers.fixed(ca.evaluation().score(), 1), Numbers.fixed(cb.evaluation().score(), 1),
                Numbers.signed(r.deltaScore()));
        row(html, "verdict", ca.evaluation().verdict().key(), cb.evaluation().verdict().key(), "");
        for (Compare.FactorRow f : r.factors()) {
            row(html, f.factor(), Numbers.signed(f.a()), Numbers.signed(f.b()),
                    Math.abs(f.delta()) < 1e-9 ? "" : Numbers.signed(f.delta()));
        }
        html.append("</tbody></table>\n<p>Rules only in A: ").append(escape(r.onlyA().isEmpty() ? "none"
                : String.join(", ", r.onlyA()))).append("<br>Rules only in B: ")
                .append(escape(r.onlyB().isEmpty() ? "none" : String.join(", ", r.onlyB()))).append("</p></section>\n");
        html.append(HtmlWorkbench.live(report, cb));
        return html.toString();
    }

    private static void row(StringBuilder html, String name, String a, String b, String delta) {
        html.append("<tr><td>").append(escape(name)).append("</td><td class=\"num\">").append(escape(a))
                .append("</td><td class=\"num\">").append(escape(b)).append("</td><td class=\"num\">")
                .append(escape(delta)).append("</td></tr>\n");
    }

    static String errors(String title, List<Diagnostic> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        return "<section class=\"card problem\" role=\"alert\"><h2>" + escape(title) + "</h2>\n" + diagnostics(errors)
                + "</section>\n";
    }

    static String diagnostics(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder("<pre class=\"diagnostics\">");
        for (Diagnostic d : errors) {
            html.append(escape(d.render())).append('\n');
        }
        return html.append("</pre>\n").toString();
    }

    static String message(String title, String text) {
        return "<section class=\"card problem\"><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p></section>\n";
    }
}
