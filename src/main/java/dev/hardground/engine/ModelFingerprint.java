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
 * A hash of the fact model as compiled: the bytes of every class of {@code dev.hardground.model}, read from
 * the classpath (a folder of classes or the jar). Compiled rules refer to these classes by name and shape, so
 * the rule cache keys on it: a rebuilt fact class never meets a kjar built against the old one.
 */
final class ModelFingerprint {
    private static final String PACKAGE = Ledger.class.getPackageName().replace('.', '/') + "/";

    private ModelFingerprint() {
    }

    static String of() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : classNames()) {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Ledger.class.getClassLoader().getResourceAsStream(name)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            // Cannot read the classes (an unusual class loader): a key no other run shares, so nothing stale is served.
            return "unknown-" + System.nanoTime();
        }
    }

    /** Resource names of the model's classes, sorted. */
    private static List<String> classNames() throws IOException, URISyntaxException {
        Path location = Path.of(Ledger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.list(location.resolve(PACKAGE))) {
                walk.map(p -> PACKAGE + p.getFileName()).filter(n -> n.endsWith(".class")).forEach(names::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class") && n.indexOf('/', PACKAGE.length()) < 0)
                        .forEach(names::add);
            }
        }
        names.sort(null);
        return names;
    }
}
