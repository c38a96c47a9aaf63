package dev.hardground.cli;

import picocli.CommandLine;

/** {@code --sweep path=from:to:step}: one input swept across a range. */
record SweepSpec(String path, double from, double to, double step) {
    static SweepSpec parse(CommandLine cl, String text) {
        int eq = text.lastIndexOf('=');
        String[] range = eq < 0 ? new String[0] : text.substring(eq + 1).split(":");
        try {
            if (range.length != 3) {
                throw new NumberFormatException();
            }
            SweepSpec s = new SweepSpec(text.substring(0, eq).strip(), Double.parseDouble(range[0]),
                    Double.parseDouble(range[1]), Double.parseDouble(range[2]));
            if (s.step() <= 0 || s.to() < s.from() || (s.to() - s.from()) / s.step() > 1_000) {
                throw new CommandLine.ParameterException(cl, "--sweep needs from ≤ to and a positive step giving at most 1,000 points", null, text);
            }
            return s;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, "--sweep expects PATH=FROM:TO:STEP, e.g. commitments[jp-firms-contribute].chance=0:1:0.1", null, text);
        }
    }
}
