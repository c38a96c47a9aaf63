package dev.hardground.report;

/** Unicode bars with eighth-block resolution, for survival curves and tornados in a terminal. */
public final class Bars {
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private Bars() {
    }

    /** A bar {@code fraction} of {@code width} cells long, padded to the full width. */
    public static String horizontal(double fraction, int width) {
        double cells = Math.max(0, Math.min(1, fraction)) * width;
        int full = (int) cells;
        int eighths = (int) Math.round((cells - full) * 8);
        if (eighths == 8) {
            full++;
            eighths = 0;
        }
        String bar = "█".repeat(full) + EIGHTHS[eighths];
        return bar + " ".repeat(Math.max(0, width - full - (eighths > 0 ? 1 : 0)));
    }
}
