package dev.hardground.cli;

import dev.hardground.analysis.HazardFit;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a fitted hazard into the rules: the numbers of {@code ledger.hazardLink(base, slope)} and of each
 * fitted {@code ledger.baseline("class", first, second, later, slope[, trend, lastYear])}, and above each rule that holds them one
 * comment line "// Fitted by backtest --fit …" with every value's 95% interval (replacing the previous one).
 */
final class HazardLinkWriter {
    private static final String NUMBER = "\\s*[-0-9.eE]+\\s*";
    private static final Pattern LINK = Pattern.compile("ledger\\.hazardLink\\(" + NUMBER + "," + NUMBER + "\\)");
    private static final String FITTED = "// Fitted by backtest --fit";

    private HazardLinkWriter() {
    }

    static Path write(Path rulesDir, HazardFit.Result fit, int cases) {
        Path file = holder(rulesDir);
        String text = read(file);
        Map<String, HazardFit.Parameter> byName = new TreeMap<>();
        fit.parameters().forEach(p -> byName.put(p.name(), p));
        String note = String.format(Locale.ROOT, "%s on %d cases (MAP with the weak prior; 95%% intervals from the "
                + "curvature):", FITTED, cases);
        List<String> link = new ArrayList<>();
        for (String name : List.of("base", "slope")) {
            if (byName.containsKey(name)) {
                link.add(describe(byName.get(name)));
            }
        }
        if (!link.isEmpty()) { // else no case was outside every class: the link stays as written
            text = replace(text, LINK, String.format(Locale.ROOT, "ledger.hazardLink(%.4f, %.4f)", fit.hazard().base(),
                    fit.hazard().slope()), note + " " + String.join(", ", link) + ".");
        }
        for (String cls : fit.hazard().classes()) {
            if (!byName.containsKey(cls + ".firstYear")) {
                continue; // no case in this class: its baseline stays as written
            }
            List<Double> v = fit.hazard().baseline(cls).byYear();
            List<String> parts = new ArrayList<>();
            HazardFit.AGES.forEach(a -> parts.add(describe(byName.get(cls + "." + a))));
            parts.add(describe(byName.get(cls + ".slope")));
            Pattern call = Pattern.compile("ledger\\.baseline\\(\\s*\"" + Pattern.quote(cls) + "\"\\s*," + NUMBER + ","
                    + NUMBER + "," + NUMBER + "(," + NUMBER + "(," + NUMBER + "," + NUMBER + ")?)?\\)");
            var trend = fit.hazard().baseline(cls).trend();
            String written = String.format(Locale.ROOT, "ledger.baseline(\"%s\", %.4f, %.4f, %.4f, %.4f", cls,
                    v.get(0), v.get(1), v.get(2), fit.hazard().slope(cls));
            if (trend != null && byName.containsKey(cls + ".trend")) {
                parts.add(describe(byName.get(cls + ".trend")) + " per decade, held from " + trend.last());
                written += String.format(Locale.ROOT, ", %.4f, %d", trend.perDecade(), trend.last());
            }
            text = replace(text, call, written + ")", note + " " + cls + " " + String.join(", ", parts) + ".");
        }
        OutputFile.write(file, text, List.of());
        return file;
    }

    private static String describe(HazardFit.Parameter p) {
        String name = p.name().contains(".") ? p.name().substring(p.name().indexOf('.') + 1) : p.name();
        // "a-b" reads as a range only while neither end is negative; a trend's interval says "a to b".
        return String.format(Locale.ROOT, p.low() < 0 ? "%s %.4f (%.4f to %.4f)" : "%s %.4f (%.4f-%.4f)", name,
                p.value(), p.low(), p.high());
    }

    /** Replaces the call and puts {@code note} as the last comment line above the rule that holds it. */
    private static String replace(String text, Pattern call, String replacement, String note) {
        Matcher m = call.matcher(text);
        if (!m.find()) {
            return text;
        }
        String replaced = text.substring(0, m.start()) + replacement + text.substring(m.end());
        int rule = replaced.lastIndexOf("\nrule ", m.start());
        if (rule < 0) {
            return replaced;
        }
        String before = replaced.substring(0, rule + 1);
        int lastLine = before.lastIndexOf('\n', before.length() - 2) + 1;
        if (before.substring(lastLine).startsWith(FITTED)) {
            before = before.substring(0, lastLine);
        }
        return before + note + "\n" + replaced.substring(rule + 1);
    }

    private static Path holder(Path rulesDir) {
        List<Path> holders;
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            holders = walk.filter(p -> p.toString().endsWith(".drl")).filter(p -> LINK.matcher(read(p)).find()).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(Diagnostic.of(rulesDir.toString(), "cannot read rules: " + e.getMessage()));
        }
        if (holders.size() != 1) {
            throw new InvalidInputException(Diagnostic.of(rulesDir.toString(), "expected exactly one rule file calling "
                    + "ledger.hazardLink(base, slope) with numbers, found " + holders.size()));
        }
        return holders.get(0);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(p.toString(), "cannot read: " + e.getMessage()));
        }
    }
}
