package dev.hardground.analysis;

import dev.hardground.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scenario files a batch covers, from command-line paths: files as given, directories searched
 * recursively for {@code *.yaml} and {@code *.yml}, and globs ({@code scenarios/**}{@code /*.yaml}). Files are
 * named relative to the working directory with forward slashes, deduplicated and sorted, so every shard and
 * every machine sees the same list. An argument that names nothing is a located error, not a silent skip.
 */
public record BatchInputs(Path workingDir, List<Path> files, List<Diagnostic> problems) {
    public BatchInputs {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public static BatchInputs expand(List<String> arguments, Path workingDir) {
        TreeSet<String> found = new TreeSet<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String argument : arguments) {
            List<Path> matches = isGlob(argument) ? glob(argument, workingDir) : plain(argument, workingDir, problems);
            if (matches == null) {
                continue;
            }
            if (matches.isEmpty()) {
                problems.add(Diagnostic.of(argument, isGlob(argument) ? "no scenario files match this pattern"
                        : "no .yaml or .yml scenario files in this directory"));
            }
            matches.forEach(p -> found.add(display(p, workingDir)));
        }
        // Each file as the working directory joined with its display name: relative names stay relative.
        List<Path> files = found.stream().map(name -> workingDir.resolve(name).normalize()).toList();
        return new BatchInputs(workingDir, files, problems);
    }

    /** A file's name in reports: relative to the working directory, forward slashes. */
    public String name(Path file) {
        return display(file, workingDir);
    }

    /** The path as shown in reports and used for sharding: relative to the working directory when inside it. */
    public static String display(Path file, Path workingDir) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A file's name without folders and extension: what a scenario that cannot be read is called in reports. */
    public static String stem(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static List<Path> plain(String argument, Path workingDir, List<Diagnostic> problems) {
        Path path = workingDir.resolve(argument);
        if (Files.isDirectory(path)) {
            return walk(path, p -> isScenario(p));
        }
        if (!Files.exists(path)) {
            problems.add(Diagnostic.of(argument, "no such file or directory"));
            return null;
        }
        return List.of(path);
    }

    private static List<Path> glob(String pattern, Path workingDir) {
        String normalized = pattern.replace('\\', '/');
        int firstMeta = firstMeta(normalized);
        int slash = normalized.lastIndexOf('/', firstMeta);
        Path root = workingDir.resolve(slash < 0 ? "." : normalized.substring(0, slash + 1)).normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Path absolutePattern = workingDir.resolve(normalized).toAbsolutePath().normalize();
        String glob = absolutePattern.toString().replace('\\', '/');
        // As in shells with globstar, a/**/b also matches a/b.
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher shallow = FileSystems.getDefault().getPathMatcher("glob:" + glob.replace("/**/", "/"));
        return walk(root, p -> {
            Path absolute = p.toAbsolutePath().normalize();
            return deep.matches(absolute) || shallow.matches(absolute);
        });
    }

    private static List<Path> walk(Path root, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(keep).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isScenario(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean isGlob(String argument) {
        return firstMeta(argument) < argument.length();
    }

    private static int firstMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
