package dev.hardground.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's security checks, each a pure decision on what a request carries:
 * <ul>
 * <li>the {@code Host} header must name this server (a DNS-rebinding page reaches a loopback port under its own
 *     host name, which is refused), and an {@code Origin}, when sent, must be this server's;
 * <li>a write needs the per-session token (random, embedded in the pages, compared in constant time) and a
 *     same-origin request ({@code Origin} present and ours, {@code Sec-Fetch-Site} same-origin when sent);
 * <li>a file named by a request is resolved with its links and must lie inside one of the served roots.
 * </ul>
 */
final class Guard {
    static final String TOKEN_HEADER = "X-Hardground-Token";

    private final String token;
    private final Set<String> hosts;

    Guard(String token, Set<String> hosts) {
        this.token = token;
        this.hosts = Set.copyOf(hosts);
    }

    /** A guard with a fresh 256-bit token for a server bound to {@code bind} on {@code port}. */
    static Guard forServer(String bind, int port) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new Guard(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), hostNames(bind, port));
    }

    /** The {@code host:port} values a request to this server may carry: loopback names, the bind address. */
    static Set<String> hostNames(String bind, int port) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            names.add(n + ":" + port);
        }
        String b = bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        names.add(b.toLowerCase(Locale.ROOT) + ":" + port);
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(Locale.ROOT) + ":" + port);
                names.add(local.getHostAddress() + ":" + port);
            } catch (UnknownHostException e) {
                // no name for this machine: only loopback names and the literal bind address are accepted
            }
        }
        return names;
    }

    String token() {
        return token;
    }

    /** Whether a {@code Host} header names this server. */
    boolean hostAllowed(String host) {
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether an {@code Origin} header (null: none sent) is this server's or absent. */
    boolean originAllowed(String origin) {
        return origin == null || origin.startsWith("http://") && hosts.contains(origin.substring(7).toLowerCase(Locale.ROOT));
    }

    /** A write: our token, our origin (which browsers always send on a POST), and a same-origin fetch. */
    Optional<String> writeRefusal(String tokenHeader, String origin, String fetchSite) {
        if (origin == null || !originAllowed(origin)) {
            return Optional.of("a write must come from this server's own pages (Origin " + origin + ")");
        }
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return Optional.of("a write must be a same-origin request (Sec-Fetch-Site " + fetchSite + ")");
        }
        if (tokenHeader == null || !MessageDigest.isEqual(tokenHeader.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("missing or wrong session token");
        }
        return Optional.empty();
    }

    /**
     * The real path of {@code relative} inside {@code root} (a real path), or empty when it is absolute, escapes the
     * root (by {@code ..} or through a link), does not exist, or is not a scenario file.
     */
    static Optional<Path> scenarioFile(Path root, String relative) {
        if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path candidate = root.resolve(relative).normalize();
            if (!candidate.startsWith(root) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) && !Files.exists(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            String name = real.getFileName().toString();
            if (!real.startsWith(root) || !Files.isRegularFile(real) || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
