package dev.hardground.report;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every report file is written here. A regular file (or a new one) is written into a temporary file beside
 * it, flushed to disk, and renamed over it in one step, then the directory is flushed too, so a crash or a
 * power loss leaves the old file or the new one and never an empty one. A device, FIFO or socket
 * ({@code /dev/stdout}, {@code /dev/null}) is written through, never replaced; {@code -} is standard output.
 * A target that is one of the run's input files, by any name (a symbolic or a hard link), is refused.
 */
public final class OutputFile {
    /** The file name that means standard output. */
    public static final String STANDARD_OUTPUT = "-";

    private static volatile Consumer<byte[]> standardOutput = bytes -> {
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
    };

    private OutputFile() {
    }

    /** Where {@code -} writes: the command line's own output (set by the CLI for each run). */
    public static void standardOutput(Consumer<byte[]> sink) {
        standardOutput = sink;
    }

    public static void write(Path target, String text, Collection<Path> inputs) {
        write(target, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /**
     * Writes {@code bytes} to {@code target}. {@code inputs} are the run's input files and directories: the
     * target may be none of the files, nor a rule file inside one of the directories.
     */
    public static void write(Path target, byte[] bytes, Collection<Path> inputs) {
        if (target.toString().equals(STANDARD_OUTPUT)) {
            standardOutput.accept(bytes);
            return;
        }
        if (target.toString().isEmpty()) {
            throw new InvalidInputException(Diagnostic.of("\"\"", "an empty path is not a file to write"));
        }
        Path absolute = target.toAbsolutePath().normalize();
        try {
            refuseInputs(target, absolute, inputs);
            if (Files.isDirectory(absolute)) {
                throw new InvalidInputException(Diagnostic.of(target.toString(), "is a directory, not a file to write"));
            }
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                writeThrough(absolute, bytes);
                return;
            }
            // Through a symbolic link the file it names is replaced, and the link kept.
            Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
            Path dir = real.getParent();
            Files.createDirectories(dir);
            replace(dir, real, bytes);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(target.toString(), "cannot write: " + why(e)));
        }
    }

    private static void replace(Path dir, Path real, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(dir, "." + real.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            permissions(temp, real);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A device or a FIFO is opened and written, as a shell's {@code >} would: renaming would replace it. */
    private static void writeThrough(Path target, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            out.write(bytes);
            out.flush();
        }
    }

    /** Flushes a directory's entries (the rename) to disk where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory (Windows); the file itself is on disk already.
        }
    }

    /**
     * Refuses, before any work is done, a target that {@link #write} would refuse: an input by any name, a
     * directory, an empty path.
     */
    public static void check(Path target, Collection<Path> inputs) {
        if (target.toString().equals(STANDARD_OUTPUT)) {
            return;
        }
        if (target.toString().isEmpty()) {
            throw new InvalidInputException(Diagnostic.of("\"\"", "an empty path is not a file to write"));
        }
        Path absolute = target.toAbsolutePath().normalize();
        try {
            refuseInputs(target, absolute, inputs);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(target.toString(), "cannot write: " + why(e)));
        }
        if (Files.isDirectory(absolute)) {
            throw new InvalidInputException(Diagnostic.of(target.toString(), "is a directory, not a file to write"));
        }
    }

    private static void refuseInputs(Path target, Path absolute, Collection<Path> inputs) throws IOException {
        boolean exists = Files.exists(absolute);
        Path real = exists ? absolute.toRealPath() : realOfNew(absolute);
        for (Path input : inputs) {
            if (input.toString().equals(STANDARD_OUTPUT) || !Files.exists(input)) {
                continue;
            }
            Path inputReal = input.toRealPath();
            boolean same = Files.isDirectory(inputReal)
                    ? real.startsWith(inputReal) && real.getFileName().toString().endsWith(".drl")
                    : exists && Files.isSameFile(inputReal, absolute) || inputReal.equals(real);
            if (same) {
                throw new InvalidInputException(Diagnostic.of(target.toString(), Files.isDirectory(inputReal)
                        ? "refusing to overwrite a rule file with a report"
                        : "refusing to overwrite an input file with a report"));
            }
        }
    }

    /** The real path a new file would have: its nearest existing ancestor's real path, then the rest. */
    private static Path realOfNew(Path absolute) throws IOException {
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    /**
     * A temporary file is created readable by its owner only; the report takes the permissions of the file it
     * replaces, or those of an ordinary new file ({@code rw-r--r--}), where the file system has them.
     */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, wanted);
    }

    /** Why a write failed, in words: "permission denied" rather than the path again. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a part of the path is a file, not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.toLowerCase(java.util.Locale.ROOT);
    }
}
