package dev.hardground.report;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/**
 * Every report file is written here: into a temporary file beside the target, then renamed over it in one
 * step, so a crash leaves the old file or the new one and never half of one. A target that is one of the
 * run's input files is refused.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /**
     * A temporary file is created readable by its owner only; the report takes the permissions of the file it
     * replaces, or those of an ordinary new file ({@code rw-r--r--}), where the file system has them.
     */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, wanted);
    }

    public static void write(Path target, String text, Collection<Path> inputs) {
        write(target, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    public static void write(Path target, byte[] bytes, Collection<Path> inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(absolute)) {
                throw new InvalidInputException(Diagnostic.of(target.toString(),
                        "refusing to overwrite an input file with a report"));
            }
        }
        Path dir = absolute.getParent();
        try {
            if (Files.isDirectory(absolute)) {
                throw new InvalidInputException(Diagnostic.of(target.toString(), "is a directory, not a file to write"));
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                Files.write(temp, bytes);
                permissions(temp, absolute);
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(target.toString(), "cannot write: " + e.getMessage()));
        }
    }
}
