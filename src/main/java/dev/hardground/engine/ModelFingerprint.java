package dev.hardground.engine;

import dev.hardground.model.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
 * A hash of the fact model as compiled: the bytes of every class of {@code dev.hardground.model} in a folder
 * of classes, or in the jar each class's CRC-32 and size as the jar's directory records them. Compiled rules refer to these classes by name and shape, so
 * the rule cache keys on it: a rebuilt fact class never meets a kjar built against the old one.
 */
final class ModelFingerprint {
    private static final String PACKAGE = Ledger.class.getPackageName().replace('.', '/') + "/";

    private ModelFingerprint() {
    }

    static String of() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path location = Path.of(Ledger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (String name : classNames(location)) {
                    digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = Ledger.class.getClassLoader().getResourceAsStream(name)) {
                        if (in != null) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            } else {
                // In a jar, each class's CRC-32 and size, from the jar's directory: no class is inflated (a cold
                // run's start-up pays for every one it reads).
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> model = jar.stream().filter(e -> isModelClass(e.getName()))
                            .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry e : model) {
                        digest.update((e.getName() + "\t" + e.getCrc() + "\t" + e.getSize() + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            // Cannot read the classes (an unusual class loader): a key no other run shares, so nothing stale is served.
            return "unknown-" + System.nanoTime();
        }
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
