package dev.hardground;

import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files for tests: a copy of a directory tree (the shipped rules, say) to change without touching the original,
 * and the shipped scenarios.
 */
public final class TestFiles {
    private TestFiles() {
    }

    /** Copies the tree under {@code from} to {@code to}, directories and files, and returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Every shipped scenario file's base and each of its variants, files in name order. */
    public static List<Scenario> shippedWorlds() throws IOException {
        List<Scenario> worlds = new ArrayList<>();
        try (Stream<Path> paths = Stream.concat(Files.list(Path.of("scenarios")), Files.list(Path.of("scenarios/history")))) {
            for (Path p : paths.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                ScenarioFile file = new ScenarioLoader().load(p);
                worlds.add(file.base());
                file.variants().forEach(v -> worlds.add(file.resolve(v.name(), List.of())));
            }
        }
        return worlds;
    }
}
