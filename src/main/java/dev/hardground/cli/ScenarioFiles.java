package dev.hardground.cli;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user gives into scenario files: files as given, directories searched for *.yaml / *.yml. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")))
                            .sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new InvalidInputException(Diagnostic.of(p.toString(), "cannot list: " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
