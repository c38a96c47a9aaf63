package dev.hardground.engine;

import dev.hardground.model.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the fact model as compiled. Compiled rules refer to the classes of {@code dev.hardground.model} by
 * name and shape, so the rule cache keys on it: a rebuilt fact class never meets a kjar built against the old
 * one. In a folder of classes (tests, an IDE), the bytes of every model class; in the jar, the SHA-256 of those
 * classes that the build wrote beside them ({@link #RESOURCE}, pom.xml's {@code model-fingerprint} step), or,
 * in a jar built without it, each model class's CRC-32 and size as the jar's directory records them.
 */
final class ModelFingerprint {
    private static final String PACKAGE = Ledger.class.getPackageName().replace('.', '/') + "/";
    /**
     * The build's checksum of the model classes, in the jar. Read instead of the jar's directory: listing the
     * directory's 16,000 entries to find the model's took 16 ms of a cold {@code score}, reading this 3 ms.
     */
    static final String RESOURCE = "META-INF/hardground/model.sha256";

    private ModelFingerprint() {
    }

    static String of() {
        try {
            return of(Path.of(Ledger.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return unknown();
        }
    }

    /** The fingerprint of the model classes in {@code location}, a folder of classes or a jar. */
    static String of(Path location) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                for (String name : classNames(location)) {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(location.resolve(name))) {
                        digest.update(in.readAllBytes());
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                JarEntry built = jar.getJarEntry(RESOURCE);
                if (built != null) {
                    try (InputStream in = jar.getInputStream(built)) {
                        String sum = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                        if (sum.matches("[0-9a-f]{64}")) {
                            return sum;
                        }
                    }
                }
                // No usable checksum from the build: each class's CRC-32 and size, from the jar's directory (no
                // class is inflated: a cold run's start-up pays for every one it reads).
                List<JarEntry> model = jar.stream().filter(e -> isModelClass(e.getName()))
                        .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
                for (JarEntry e : model) {
                    digest.update((e.getName() + "\t" + e.getCrc() + "\t" + e.getSize() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            return unknown();
        }
    }

    /** Cannot read the classes (an unusual class loader): a key no other run shares, so nothing stale is served. */
    private static String unknown() {
        return "unknown-" + System.nanoTime();
    }

    private static boolean isModelClass(String name) {
        return name.startsWith(PACKAGE) && name.endsWith(".class") && name.indexOf('/', PACKAGE.length()) < 0;
    }

    /** Resource names of the model's classes in a folder of classes, sorted. */
    private static List<String> classNames(Path location) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.list(location.resolve(PACKAGE))) {
            walk.map(p -> PACKAGE + p.getFileName()).filter(ModelFingerprint::isModelClass).forEach(names::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        names.sort(null);
        return names;
    }
}
