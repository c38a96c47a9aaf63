package dev.hardground.cli;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.HazardLink;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes fitted link parameters into the one rule file that calls {@code ledger.hazardLink(base, slope)}. */
final class HazardLinkWriter {
    private static final Pattern CALL = Pattern.compile("ledger\\.hazardLink\\(\\s*[-0-9.eE]+\\s*,\\s*[-0-9.eE]+\\s*\\)");

    private HazardLinkWriter() {
    }

    static Path write(Path rulesDir, HazardLink link) {
        List<Path> holders;
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            holders = walk.filter(p -> p.toString().endsWith(".drl")).filter(HazardLinkWriter::holdsLink).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(Diagnostic.of(rulesDir.toString(), "cannot read rules: " + e.getMessage()));
        }
        if (holders.size() != 1) {
            throw new InvalidInputException(Diagnostic.of(rulesDir.toString(), "expected exactly one rule file calling "
                    + "ledger.hazardLink(base, slope) with numbers, found " + holders.size()));
        }
        Path file = holders.get(0);
        String text = read(file);
        Matcher m = CALL.matcher(text);
        String replaced = m.replaceFirst(Matcher.quoteReplacement(
                String.format(Locale.ROOT, "ledger.hazardLink(%.4f, %.4f)", link.base(), link.slope())));
        OutputFile.write(file, replaced, List.of());
        return file;
    }

    private static boolean holdsLink(Path p) {
        return CALL.matcher(read(p)).find();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(p.toString(), "cannot read: " + e.getMessage()));
        }
    }
}
