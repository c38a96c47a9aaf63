package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code .drl} files under a rules directory, read once: their names as the user sees them, their
 * paths relative to the directory (how Drools knows them), their text, and a hash of the whole set.
 */
record RuleFiles(Path dir, List<RuleFile> files, String hash) {

    /** One rule file: {@code display} is shown in errors, {@code relative} is its path under the directory. */
    record RuleFile(String display, String relative, String text) {
        List<String> lines() {
            return text.lines().toList();
        }
    }

    static RuleFiles read(Path dir) {
        String name = dir.toString();
        if (!Files.exists(dir)) {
            throw new InvalidInputException(Diagnostic.of(name, "no such rules directory (set one with --rules DIR)"));
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(Diagnostic.of(name, "not a directory; --rules takes the folder of .drl files"));
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(Diagnostic.of(name, "cannot list rules: " + e.getMessage()));
        }
        if (paths.isEmpty()) {
            throw new InvalidInputException(Diagnostic.of(name, "no .drl rule files in this directory"));
        }
        List<RuleFile> files = new ArrayList<>();
        for (Path path : paths) {
            String relative = dir.relativize(path).toString().replace('\\', '/');
            files.add(new RuleFile(path.toString(), relative, readText(path)));
        }
        return of(dir, files);
    }

    /** Rule files already read (from any file system), in the order given; hashed as {@link #read} hashes them. */
    static RuleFiles of(Path dir, List<RuleFile> files) {
        MessageDigest digest = sha256();
        for (RuleFile file : files) {
            digest.update(file.relative().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return new RuleFiles(dir, List.copyOf(files), HexFormat.of().formatHex(digest.digest()));
    }

    RuleFile byRelative(String relative) {
        for (RuleFile file : files) {
            if (file.relative().equals(relative) || relative.endsWith("/" + file.relative())) {
                return file;
            }
        }
        return null;
    }

    private static String readText(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(notUtf8(path));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException(Diagnostic.of(path.toString(), "cannot read rule file: permission denied"));
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(path.toString(), "cannot read rule file: " + e.getMessage()));
        }
    }

    /** Where the first malformed byte is: line, column and the line's text. */
    private static Diagnostic notUtf8(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return Diagnostic.of(path.toString(), "rule file is not valid UTF-8");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        int bad = Math.min(in.position(), bytes.length - 1);
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        return new Diagnostic(path.toString(), line, column, String.format(java.util.Locale.ROOT,
                "rule file is not valid UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad),
                line <= lines.size() ? lines.get(line - 1) : null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
