package dev.hardground.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleBase;
import dev.hardground.simulate.SimulationOptions;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbench's refusals, tried with a real HTTP client against a running server: the session token, the
 * Host and Origin checks (DNS rebinding, cross-site writes), and paths that try to leave the served folder.
 */
class WorkbenchSecurityTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static Path secret;
    static Workbench server;
    static String base;
    static String token;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(Path.of("scenarios/japan-korea-2023.yaml"), dir.resolve("jk.yaml"));
        secret = tmp.resolve("secret.yaml");
        Files.writeString(secret, "id: secret\n");
        Files.createSymbolicLink(dir.resolve("escape.yaml"), secret);
        Files.createSymbolicLink(dir.resolve("up"), tmp);
        Files.writeString(dir.resolve("broken.yaml"), "id: broken\nasOf: 2023-13-45\n");
        server = Workbench.start(new Workbench.Config(dir, Path.of("rules"), RuleBase.defaultCacheDir(), "127.0.0.1", 0,
                new SimulationOptions(200, SimulationOptions.DEFAULT_SEED, 2, null)));
        base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> page = get("/scenario?file=jk.yaml");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("name=\"hardground-token\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        token = m.group(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String origin, String tokenValue)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (tokenValue != null) {
            b.header(Guard.TOKEN_HEADER, tokenValue);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static final String WHATIF = "{\"file\":\"jk.yaml\",\"sets\":[{\"path\":\"parties.KR.publicSupport\",\"value\":\"0.6\"}]}";

    @Test
    void theTokenIsRandomPerServerAndEmbeddedInThePageOnly() {
        assertThat(token).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(Guard.forServer("127.0.0.1", 1).token());
    }

    @Test
    void aWhatIfWithTheTokenFromOurOwnOriginRuns() throws Exception {
        HttpResponse<String> r = post("/api/whatif", WHATIF, base, token);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"deltaSurvival\"").contains("\"rules\"");
    }

    @Test
    void writesWithoutTheRightTokenOrFromAnotherOriginAreRefused() throws Exception {
        assertThat(post("/api/whatif", WHATIF, base, null).statusCode()).isEqualTo(403);
        assertThat(post("/api/whatif", WHATIF, base, token.substring(1) + "x").statusCode()).isEqualTo(403);
        assertThat(post("/api/whatif", WHATIF, null, token).statusCode()).isEqualTo(403);
        assertThat(post("/api/whatif", WHATIF, "http://evil.example", token).statusCode()).isEqualTo(403);
        String before = Files.readString(dir.resolve("jk.yaml"));
        assertThat(post("/api/variant", "{\"file\":\"jk.yaml\",\"name\":\"x\",\"sets\":[{\"path\":\"parties.KR.publicSupport\","
                + "\"value\":\"0.6\"}]}", "http://evil.example", token).statusCode()).isEqualTo(403);
        assertThat(Files.readString(dir.resolve("jk.yaml"))).isEqualTo(before);
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedAsDnsRebinding() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: rebind.attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421");
        }
        HttpResponse<String> cross = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Origin",
                "http://rebind.attacker.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cross.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.yaml", "..%2Fsecret.yaml", "%2e%2e%2fsecret.yaml", "escape.yaml",
            "up/secret.yaml", "/etc/passwd", "jk.yaml%00.txt", "../../../../etc/hostname"})
    void pathsOutsideTheServedFolderAreNotFound(String file) throws Exception {
        HttpResponse<String> r = get("/scenario?file=" + file);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("id: secret");
        HttpResponse<String> w = post("/api/whatif", "{\"file\":\"" + java.net.URLDecoder.decode(file, StandardCharsets.UTF_8)
                .replace("\0", "\\u0000") + "\",\"sets\":[]}", base, token);
        assertThat(w.statusCode()).isEqualTo(404);
    }

    @Test
    void assetsAreServedFromTheJarOnlyAndEveryPageCarriesTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> js = get("/assets/workbench.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Security-Policy")).hasValue(Pages.CONTENT_SECURITY_POLICY);
        // an encoded traversal is refused: by Jetty itself as an ambiguous path (400), or by the asset handler (404)
        assertThat(get("/assets/..%2F..%2Fserve%2FGuard.class").statusCode()).isIn(400, 404);
        assertThat(get("/assets/Guard.class").statusCode()).isEqualTo(404);
        assertThat(get("/").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-eval");
    }

    @Test
    void theIndexListsBrokenFilesWithTheirLocatedErrorAndEscapesScenarioText() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("Files that do not load").contains("broken.yaml:2:")
                .contains("jk.yaml").doesNotContain("secret.yaml");
        assertThat(get("/scenario?file=broken.yaml").body()).contains("broken.yaml:2:");
        assertThat(get("/compare?a=jk.yaml&b=jk.yaml").body()).contains("Factor by factor").contains("Rules only in A: none");
    }

    @Test
    void aBadRequestBodyIsAnErrorAndTheServerStaysUp() throws Exception {
        assertThat(post("/api/whatif", "{not json", base, token).statusCode()).isEqualTo(400);
        HttpResponse<String> bad = post("/api/whatif", "{\"file\":\"jk.yaml\",\"sets\":[{\"path\":\"parties.XX.approval\","
                + "\"value\":\"2\"}]}", base, token);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("diagnostics").doesNotContain("\tat ");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }
}
