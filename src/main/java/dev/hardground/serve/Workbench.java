package dev.hardground.serve;

import dev.hardground.analysis.Compare;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.Json;
import dev.hardground.report.chart.Charts;
import dev.hardground.report.html.HtmlWorkbench;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.watch.SourceWatch;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code hardground serve}: the analyst's workbench, a local web server (Javalin on Jetty) over the scenarios of
 * one folder and one rules folder. It keeps one warm rule base, reruns what-ifs on request, watches the files
 * and tells open pages to reload when one changes. See {@link Guard} for what it refuses.
 */
public final class Workbench implements AutoCloseable {
    /**
     * @param dir     the served scenario folder
     * @param rules   the rules folder
     * @param cache   where compiled rule sets are kept (null: not kept)
     * @param bind    the address to listen on (loopback unless asked)
     * @param port    the port; 0 picks a free one
     */
    public record Config(Path dir, Path rules, Path cache, String bind, int port, SimulationOptions options) {
    }

    private static final Map<String, String> ASSETS = Map.of("workbench.js", "text/javascript; charset=utf-8",
            "workbench.css", "text/css; charset=utf-8");

    private final Workspace workspace;
    private final Api api;
    private final Set<SseClient> clients = new CopyOnWriteArraySet<>();
    /** Keeps a scenario's baseline futures while its page is read, so that the first slider move is as quick as the next. */
    private final ExecutorService warm = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hardground-warm");
        t.setDaemon(true);
        return t;
    });
    private final Javalin app;
    private final SourceWatch watch;
    private volatile Guard guard;
    private final String bind;

    private Workbench(Config config) throws IOException {
        Charts.headless();
        Path dir = config.dir().toRealPath();
        Path rules = config.rules().toRealPath();
        this.bind = config.bind();
        this.workspace = new Workspace(dir, rules, config.cache(), config.options());
        this.api = new Api(workspace, version());
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jetty.defaultHost = config.bind();
            c.jetty.defaultPort = config.port();
            c.http.maxRequestSize = 1_000_000L;
        });
        app.before(this::guard);
        app.get("/", ctx -> html(ctx, "Scenarios", index()));
        app.get("/scenario", this::scenario);
        app.get("/compare", this::compare);
        app.get("/assets/{name}", this::asset);
        app.sse("/events", client -> {
            client.keepAlive();
            clients.add(client);
            client.onClose(() -> clients.remove(client));
            client.sendComment("connected");
        });
        app.post("/api/whatif", ctx -> json(ctx, api.whatIf(ctx.body())));
        app.post("/api/variant", ctx -> json(ctx, api.saveVariant(ctx.body())));
        app.exception(Api.Refused.class, (e, ctx) -> refused(ctx, e));
        app.exception(InvalidInputException.class, (e, ctx) ->
                refused(ctx, new Api.Refused(400, "invalid input", e.diagnostics())));
        app.exception(Exception.class, (e, ctx) ->
                refused(ctx, new Api.Refused(500, "internal error: " + e, List.of())));
        app.start();
        this.guard = Guard.forServer(config.bind(), app.port());
        this.watch = SourceWatch.start(List.of(dir, rules), this::changed);
    }

    /** Starts the server; returns once it listens. */
    public static Workbench start(Config config) {
        try {
            return new Workbench(config);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(String.valueOf(config.dir()), "cannot serve: " + e.getMessage()));
        }
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port() + "/";
    }

    /** The rule base the server keeps warm (the last that compiled), for the bench. */
    public RuleBase rules() {
        return workspace.rules();
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        if (guard == null) {
            throw new Api.Refused(503, "starting", List.of());
        }
        if (!guard.hostAllowed(ctx.header("Host"))) {
            throw new Api.Refused(421, "this server answers only to its own address (Host " + ctx.header("Host") + ")",
                    List.of());
        }
        if (!guard.originAllowed(ctx.header("Origin"))) {
            throw new Api.Refused(403, "requests from other sites are refused (Origin " + ctx.header("Origin") + ")",
                    List.of());
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            Optional<String> refusal = guard.writeRefusal(ctx.header(Guard.TOKEN_HEADER), ctx.header("Origin"),
                    ctx.header("Sec-Fetch-Site"));
            if (refusal.isPresent()) {
                throw new Api.Refused(403, refusal.get(), List.of());
            }
        }
    }

    private String index() {
        List<Workspace.Summary> rows = new ArrayList<>();
        List<Workspace.Entry> broken = new ArrayList<>();
        for (String name : workspace.names()) {
            Optional<Path> real = Guard.scenarioFile(workspace.root(), name);
            if (real.isEmpty()) {
                continue;
            }
            Workspace.Entry e = workspace.entry(real.get());
            if (!e.errors().isEmpty()) {
                broken.add(e);
            }
            if (e.file() != null && workspace.rules() != null) {
                try {
                    rows.add(new Workspace.Summary(e, workspace.summary(e)));
                } catch (InvalidInputException ex) {
                    broken.add(new Workspace.Entry(e.name(), e.path(), null, ex.diagnostics()));
                }
            }
        }
        return Pages.index(rows, broken, workspace.rulesErrors(), workspace.root().toString());
    }

    private void scenario(Context ctx) {
        String file = ctx.queryParam("file");
        Workspace.Entry entry = api.entry(file);
        RuleBase rules = api.rules();
        var report = api.report(rules, workspace.baseline(entry));
        html(ctx, report.baseline().scenario().title(), Pages.scenario(entry, report, workspace.rulesErrors()));
        warm.execute(() -> {
            try {
                workspace.kept(entry, rules);
            } catch (RuntimeException e) {
                // the first what-if simulates the baseline itself and reports what went wrong
            }
        });
    }

    private void compare(Context ctx) {
        Workspace.Entry a = api.entry(ctx.queryParam("a"));
        Workspace.Entry b = api.entry(ctx.queryParam("b"));
        RuleBase rules = api.rules();
        Compare.Result r = Compare.of(rules, a.file().base(), a.name(), b.file().base(), b.name(), workspace.options(),
                n -> { });
        html(ctx, "Compare", Pages.compare(r, api.report(rules, r.whatIf()), a.name(), b.name()));
    }

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (name.equals("report.css")) {
            ctx.contentType("text/css; charset=utf-8").result(HtmlWorkbench.css());
            return;
        }
        String type = ASSETS.get(name);
        if (type == null) {
            throw new Api.Refused(404, "no such asset", List.of());
        }
        try (InputStream in = Workbench.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new Api.Refused(404, "no such asset", List.of());
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private void html(Context ctx, String title, String body) {
        ctx.contentType("text/html; charset=utf-8").result(Pages.page(title, guard.token(), body));
    }

    private static void json(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    private void refused(Context ctx, Api.Refused e) {
        ctx.status(e.status);
        boolean wantsJson = ctx.path().startsWith("/api/") || ctx.method() != HandlerType.GET;
        if (wantsJson) {
            json(ctx, Api.error(e));
        } else {
            String body = Pages.message(e.getMessage(), "") + Pages.diagnostics(e.diagnostics);
            ctx.contentType("text/html; charset=utf-8").result(Pages.page("Error", guard == null ? "" : guard.token(), body));
        }
    }

    /** A settled burst of file changes: the rules recompiled or the scenario forgotten, then every page told. */
    private void changed(List<Path> files) {
        boolean rules = files.stream().anyMatch(p -> p.startsWith(workspace.rulesDir()));
        if (rules) {
            workspace.reloadRules();
        }
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            if (p.startsWith(workspace.root())) {
                workspace.changed(p);
                names.add(workspace.root().relativize(p).toString().replace('\\', '/'));
            }
        }
        String event = Json.write(Json.object("rules", rules, "files", names));
        for (SseClient client : clients) {
            try {
                client.sendEvent("change", event.replace("\n", " "));
            } catch (RuntimeException e) {
                clients.remove(client);
            }
        }
    }

    private static String version() {
        String version = Workbench.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }


    @Override
    public void close() {
        watch.close();
        clients.forEach(SseClient::close);
        app.stop();
    }
}
