package dev.hardground.analysis;

import dev.hardground.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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
            List<Path> matches = isGlob(argument) ? glob(argument, workingDir, problems)
                    : plain(argument, workingDir, problems);
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
        if (argument.isEmpty()) {
            problems.add(Diagnostic.of("\"\"", "an empty argument names no file or directory"));
            return null;
        }
        Path path = workingDir.resolve(argument);
        if (Files.isDirectory(path)) {
            return walk(path, p -> isScenario(p), workingDir, problems);
        }
        String wrong = notAFile(path);
        if (wrong != null) {
            problems.add(Diagnostic.of(argument, wrong));
            return null;
        }
        return List.of(path);
    }

    /** Why {@code path} cannot be read as a scenario file, or null when it is a regular file. */
    private static String notAFile(Path path) {
        if (Files.isRegularFile(path)) {
            return null;
        }
        if (Files.isSymbolicLink(path)) {
            try {
                path.toRealPath();
                return "is not a regular file";
            } catch (java.nio.file.FileSystemException e) {
                return e.getReason() != null && e.getReason().contains("levels of symbolic links")
                        ? "symbolic link loop" : "dangling symbolic link: its target does not exist";
            } catch (IOException e) {
                return "dangling symbolic link: its target does not exist";
            }
        }
        if (!Files.exists(path)) {
            return "no such file or directory";
        }
        return "is a FIFO, device or socket, not a scenario file";
    }

    private static List<Path> glob(String pattern, Path workingDir, List<Diagnostic> problems) {
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
        }, workingDir, problems);
    }

    /**
     * The regular files under {@code root} that {@code keep} accepts, following symbolic links. What cannot be
     * read on the way is a problem, never a silent skip: a folder without permission, a link loop, and, among the
     * names {@code keep} accepts, a dangling link or a FIFO, device or socket (which would block or never end).
     */
    private static List<Path> walk(Path root, Predicate<Path> keep, Path workingDir, List<Diagnostic> reported) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> found = walk(root, keep, workingDir, problems, new ArrayList<>());
        problems.sort(java.util.Comparator.comparing(Diagnostic::path)); // the same order on every file system
        reported.addAll(problems);
        return found.isEmpty() && !problems.isEmpty() ? null : found;
    }

    private static List<Path> walk(Path root, Predicate<Path> keep, Path workingDir, List<Diagnostic> problems,
                                   List<Path> found) {
        try {
            Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!keep.test(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(file);
                    } else if (!attrs.isDirectory()) {
                        problems.add(Diagnostic.of(display(file, workingDir), notAFile(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.add(Diagnostic.of(display(file, workingDir), "symbolic link loop: it leads back to "
                                + "a folder that contains it"));
                    } else if (Files.isDirectory(file) || keep.test(file)) {
                        problems.add(Diagnostic.of(display(file, workingDir), (Files.isDirectory(file)
                                ? "cannot read this folder: " : "cannot read: ") + reason(file, e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(Diagnostic.of(display(dir, workingDir), "cannot read this folder: " + reason(dir, e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(Diagnostic.of(display(root, workingDir), "cannot read this folder: " + e.getMessage()));
        }
        found.sort(null);
        return found;
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String why = fs.getReason();
            return why.contains("levels of symbolic links") ? "symbolic link loop" : why.toLowerCase(Locale.ROOT);
        }
        String why = notAFile(file);
        return why != null ? why : String.valueOf(e.getMessage());
    }

    private static boolean isScenario(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public static boolean isGlob(String argument) {
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
