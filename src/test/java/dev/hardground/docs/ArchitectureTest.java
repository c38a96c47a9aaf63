package dev.hardground.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN.md §7's arrows, read from the sources' imports: each package imports only the packages it may, so a
 * dependency the wrong way fails here rather than in review.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/dev/hardground");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Z]",
            Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} imports only {1}")
    @CsvSource(delimiter = ';', value = {
            "model; ",
            "scenario; model",
            "engine; model",
            "report.chart; model analysis simulate report",
            "report; model analysis simulate engine evidence",
    })
    void aPackageImportsOnlyWhatItsArrowsAllow(String pkg, String allowed) throws IOException {
        Set<String> may = new TreeSet<>(allowed == null ? Set.of() : Set.of(allowed.split(" ")));
        may.add(pkg);
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(pkg.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("dev.hardground.")) {
                        found.add(imported.substring("dev.hardground.".length()) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        List<String> wrong = found.stream().filter(f -> !may.contains(f.substring(0, f.indexOf(' ')))).toList();
        assertThat(wrong).as(pkg + " may import only " + may).isEmpty();
    }
}
