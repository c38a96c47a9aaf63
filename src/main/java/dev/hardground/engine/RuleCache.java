package dev.hardground.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiled rule sets kept between runs: the executable-model kjar Drools built, the rule index, and the slices a
 * simulation judges the rules in ({@link #plans}), stored under a key made of the hash of every rule file, the
 * hardground version, the bytes of the fact model's classes and the Drools version. A changed rule file or fact
 * class changes the key, so a kjar never meets facts it was not built for. The index carries the kjar's size and
 * CRC-32: a truncated or overwritten entry is rebuilt, never served. A cache that cannot be read or written is
 * ignored: it only ever saves time.
 */
final class RuleCache {
    private final Path dir;

    RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The default location: {@code $HARDGROUND_CACHE}, else {@code $XDG_CACHE_HOME/hardground}, else {@code ~/.cache/hardground}. */
    static Path defaultDir() {
        String explicit = System.getenv("HARDGROUND_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("hardground");
    }

    static String key(RuleFiles files) {
        String version = RuleCache.class.getPackage().getImplementationVersion();
        return files.hash().substring(0, 32) + "-" + (version == null ? "dev" : version) + "-" + RUNTIME.get();
    }

    /**
     * The index's first line: the kjar's size and CRC-32, which catch a truncated or overwritten entry (the key,
     * not this, tells rule sets apart). A SHA-256 of the 580 kB kjar cost a cold run 4 ms; the CRC, 0.1 ms.
     */
    private static final String CHECKSUM = "#kjar-crc32\t";

    private static String checksum(byte[] kjar) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(kjar);
        return CHECKSUM + kjar.length + "\t" + Long.toHexString(crc.getValue());
    }

    /** What besides the rule files a kjar depends on: the fact model's class bytes and the Drools version. */
    private static final java.util.function.Supplier<String> RUNTIME = new java.util.function.Supplier<>() {
        private volatile String value;

        @Override
        public String get() {
            if (value == null) {
                value = sha256((ModelFingerprint.of() + "\n" + org.drools.base.util.Drools.getFullVersion())
                        .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            }
            return value;
        }
    };

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cached rule set: the kjar's bytes and the index lines. */
    record Entry(byte[] kjar, List<RuleSite> sites) {
    }

    Optional<Entry> load(String key, RuleFiles files) {
        try {
            Path jar = dir.resolve(key + ".jar");
            Path index = dir.resolve(key + ".index");
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(index)) {
                return Optional.empty();
            }
            List<RuleSite> sites = new ArrayList<>();
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            byte[] kjar = Files.readAllBytes(jar);
            if (lines.isEmpty() || !lines.get(0).equals(checksum(kjar))) {
                return Optional.empty(); // truncated, overwritten or from an older format: rebuild
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    return Optional.empty();
                }
                RuleFiles.RuleFile file = files.byRelative(unescape(f[2]));
                if (file == null) {
                    return Optional.empty();
                }
                sites.add(new RuleSite(unescape(f[0]), unescape(f[1]), file.display(), Integer.parseInt(f[3]),
                        unescape(f[4]), unescape(f[5])));
            }
            return Optional.of(new Entry(kjar, sites));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void store(String key, Entry entry, RuleFiles files) {
        try {
            Files.createDirectories(dir);
            StringBuilder index = new StringBuilder(checksum(entry.kjar()) + "\n");
            for (RuleSite s : entry.sites()) {
                String relative = files.files().stream().filter(f -> f.display().equals(s.file()))
                        .map(RuleFiles.RuleFile::relative).findFirst().orElse(s.file());
                index.append(String.join("\t", escape(s.packageName()), escape(s.name()), escape(relative),
                        String.valueOf(s.line()), escape(s.factor()), escape(s.description()))).append('\n');
            }
            write(dir.resolve(key + ".index"), index.toString().getBytes(StandardCharsets.UTF_8));
            write(dir.resolve(key + ".jar"), entry.kjar());
        } catch (IOException | RuntimeException e) {
            // An unwritable cache costs the next run a rebuild, nothing more.
        }
    }

    /**
     * Where the slices of the rule set under {@code key} are kept ({@link RuleSlices#plan}): read and written only by
     * the first simulation step of a run, so that a command that only scores never reads them.
     */
    SlicePlans plans(String key) {
        return new SlicePlans(dir.resolve(key + ".slices"));
    }

    /** A cached rule set's slices as text; like the rest of the cache, what cannot be read or written is ignored. */
    record SlicePlans(Path file) {
        /** The kept plan, or null. */
        String load() {
            try {
                return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        void store(String plan) {
            try {
                Files.createDirectories(file.getParent());
                write(file, plan.getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // The next run works the slices out again, nothing more.
            }
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true); // on disk before the rename: a power loss leaves no empty entry
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
