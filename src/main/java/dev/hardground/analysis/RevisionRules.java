package dev.hardground.analysis;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A rules directory as it was at a git revision, extracted with {@code git archive} into a temporary
 * directory that {@link #close()} removes. Not a git repository, an unknown revision, or rules absent at that
 * revision are invalid input, reported against {@code --against-rev}.
 */
public final class RevisionRules implements AutoCloseable {
    private static final String OPTION = "--against-rev";
    private final Path temp;
    private final Path rules;

    private RevisionRules(Path temp, Path rules) {
        this.temp = temp;
        this.rules = rules;
    }

    /** Extracts {@code rulesDir} (a directory inside a git work tree) as of {@code revision}. */
    public static RevisionRules extract(Path rulesDir, String revision) {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw invalid("'" + revision + "' is not a git revision");
        }
        Path absolute = rulesDir.toAbsolutePath().normalize();
        Path anchor = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        String top = git(anchor, List.of("rev-parse", "--show-toplevel"), "not inside a git repository (" + anchor + ")").strip();
        Path root = Path.of(top).toAbsolutePath().normalize();
        Path real = realPath(absolute);
        if (!real.startsWith(root)) {
            throw invalid(rulesDir + " is outside the git work tree " + root);
        }
        String relative = root.relativize(real).toString().replace('\\', '/');
        git(root, List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"), "unknown git revision '" + revision + "'");
        Path temp;
        try {
            temp = Files.createTempDirectory("hardground-rules-");
        } catch (IOException e) {
            throw invalid("cannot make a temporary directory: " + e.getMessage());
        }
        RevisionRules extracted = new RevisionRules(temp, relative.isEmpty() ? temp : temp.resolve(relative));
        try {
            Path tar = temp.resolve("rules.tar");
            git(root, List.of("archive", "--format=tar", "-o", tar.toString(), revision, "--", relative.isEmpty() ? "." : relative),
                    "no " + relative + " at revision " + revision);
            run(temp, List.of("tar", "-xf", tar.toString(), "-C", temp.toString()), "cannot unpack the rules of " + revision);
            Files.deleteIfExists(tar);
            return extracted;
        } catch (IOException e) {
            extracted.close();
            throw invalid("cannot unpack the rules of " + revision + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            extracted.close(); // nothing is left behind when the extraction fails
            throw e;
        }
    }

    /** The extracted rules directory. */
    public Path directory() {
        return rules;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static String git(Path dir, List<String> args, String failure) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(args);
        return run(dir, command, failure);
    }

    private static String run(Path dir, List<String> command, String failure) {
        try {
            Path output = Files.createTempFile("hardground-git-", ".txt");
            try {
                Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw invalid(failure + ": " + command.get(0) + " took over 60 s");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    String detail = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
                    throw invalid(failure + (detail.isEmpty() ? "" : " (" + detail.strip() + ")"));
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw invalid(failure + ": cannot run " + command.get(0) + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw invalid(failure + ": interrupted");
        }
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(Diagnostic.of(OPTION, message));
    }
}
