package dev.hardground.report.html;

import java.util.Locale;

/** Escaping and number formats for the HTML report: every string that reaches the page passes through here. */
public final class HtmlText {
    private HtmlText() {
    }

    /** Text made safe for HTML element content and quoted attribute values; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code +3.5 pts} for a change in percentage points. */
    public static String points(double delta) {
        return String.format(Locale.ROOT, "%+.1f pts", delta * 100);
    }

    /** A CSS class name made of lowercase letters, digits and dashes only. */
    public static String cssClass(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
