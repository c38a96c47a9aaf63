package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles rule files into a Drools {@link KieBase} with the executable model, mapping errors to the files. */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    /** The first line of the executable model's list of model classes (META-INF/kie/…/drools-model). */
    private static final String MODEL_VERSION = "Drools-Model-Version:";
    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>";

    private RuleCompiler() {
    }

    /** A built rule set: the loaded rules, and the kjar's bytes for the cache. */
    record Compiled(Loaded loaded, byte[] kjar) {
        KieBase kieBase() {
            return loaded.kieBase();
        }
    }

    /**
     * A rule set's KieBase and the executable model's classes it was built from (to build parts of it), with the
     * configuration it was built with (null: a new one for each part). Building a KieBase from the model only reads
     * the configuration it is given (Drools 10.2's KieBaseBuilder, KiePackagesBuilder and KnowledgeBaseImpl; only
     * with parallel evaluation turned on, which hardground never does, would a KieBase set it back to one thread),
     * so the parts share it: a new one reads Drools' property files from the class path again, a tenth of a cold
     * {@code simulate}'s first step (docs/performance.md).
     */
    record Loaded(KieBase kieBase, List<Model> models, ClassLoader loader, KieBaseConfiguration configuration) {
        /** A KieBase of only the rules {@code keep} accepts, built from the same model classes. */
        KieBase part(java.util.function.Predicate<org.drools.model.Rule> keep) {
            List<Model> parts = new ArrayList<>();
            for (Model m : models) {
                org.drools.model.impl.ModelImpl part = new org.drools.model.impl.ModelImpl(m.getName())
                        .withRules(m.getRules().stream().filter(keep).toList())
                        .withGlobals(m.getGlobals()).withQueries(m.getQueries());
                m.getTypeMetaDatas().forEach(part::addTypeMetaData);
                parts.add(part);
            }
            return KieBaseBuilder.createKieBaseFromModel(parts,
                    configuration == null ? RuleCompiler.configuration(loader) : configuration);
        }
    }

    static Compiled compile(RuleFiles files) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.hardground.rules", "rules-" + files.hash().substring(0, 16),
                "1.0.0");
        KieFileSystem kfs = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        // An explicit (default) kmodule.xml travels in the kjar, so that the cached kjar can be loaded again.
        kfs.writeKModuleXML(KMODULE);
        for (RuleFiles.RuleFile file : files.files()) {
            kfs.write(RESOURCES + file.relative(), file.text());
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException crash) {
            throw new InvalidInputException(crashed(files, crash));
        }
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        if (!messages.isEmpty()) {
            throw new InvalidInputException(locatedDiagnostics(files, messages));
        }
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        // Built from the kjar's bytes as a cached rule set is, so that a first run and later ones share one KieBase set-up.
        Loaded loaded;
        try {
            loaded = loaded(kjar);
        } catch (RuntimeException crash) {
            throw new InvalidInputException(crashedLoading(files, kjar, crash));
        }
        return new Compiled(loaded, kjar);
    }

    /** Drools threw while generating Java for the rules: the classic compiler's located errors, or the rule found by halving. */
    private static List<Diagnostic> crashed(RuleFiles files, RuntimeException crash) {
        List<Diagnostic> classic = classicDiagnostics(files);
        if (!classic.isEmpty() && classic.stream().allMatch(d -> located(d, files))) {
            return classic;
        }
        DrlCrashes.Site site = DrlCrashes.bisect(files, DrlCrashes.sites(files), RuleCompiler::crashesBuilding);
        if (site == null) {
            throw crash; // not the rules' doing: an internal error after all
        }
        return List.of(DrlCrashes.at(site, crash));
    }

    private static boolean crashesBuilding(RuleFiles files) {
        try {
            executableBuild(files);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Whether the executable model reports an error on these files, or throws. */
    private static boolean failsBuilding(RuleFiles files) {
        try {
            return executableBuild(files).getResults().hasMessages(Message.Level.ERROR);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static KieBuilder executableBuild(RuleFiles files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (RuleFiles.RuleFile file : files.files()) {
            kfs.write(RESOURCES + file.relative(), file.text());
        }
        return services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    }

    /** Drools threw while building the rule base from the generated model: the rule that fails to load on its own. */
    private static List<Diagnostic> crashedLoading(RuleFiles files, byte[] kjar, RuntimeException crash) {
        Models built = models(kjar);
        String failing = DrlCrashes.failingModelRule(built.models(), m -> {
            try {
                KieBaseBuilder.createKieBaseFromModel(m, configuration(built.loader()));
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return DrlCrashes.sites(files).stream().filter(s -> (s.packageName() + ":" + s.name()).equals(failing))
                .findFirst().map(s -> List.of(DrlCrashes.at(s, crash))).orElseThrow(() -> crash);
    }

    /**
     * Loads a kjar built earlier by {@link #compile}: no parsing, no code generation. The KieBase is built
     * straight from the executable model's classes, as Drools' own container builds the default KieBase of a
     * kjar with the default kmodule.xml, but without the container: that reads the kjar's kmodule.xml with an
     * XStream marshaller and an XML schema, a fifth of a cold {@code score} (docs/performance.md).
     */
    static KieBase load(byte[] kjar) {
        return loaded(kjar).kieBase();
    }

    /** As {@link #load}, keeping the model classes. */
    static Loaded loaded(byte[] kjar) {
        Models built = models(kjar);
        KieBaseConfiguration configuration = configuration(built.loader());
        return new Loaded(KieBaseBuilder.createKieBaseFromModel(built.models(), configuration), built.models(),
                built.loader(), configuration);
    }

    private static KieBaseConfiguration configuration(ClassLoader loader) {
        return KieServices.Factory.get().newKieBaseConfiguration(null, loader);
    }

    /** The executable model's classes of a kjar, and the class loader that holds them. */
    private record Models(List<Model> models, ClassLoader loader) {
    }

    private static Models models(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String list = entries.keySet().stream().filter(n -> n.startsWith("META-INF/kie/") && n.endsWith("/drools-model"))
                .findFirst().orElseThrow(() -> new IllegalStateException("not an executable-model kjar"));
        Map<String, byte[]> classes = new HashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                classes.put(name, bytes);
            }
        });
        ClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleCompiler.class.getClassLoader(), classes);
        List<Model> models = new ArrayList<>();
        for (String line : new String(entries.get(list), StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank() && !line.startsWith(MODEL_VERSION)) {
                try {
                    models.add((Model) loader.loadClass(line.trim()).getConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot load the rule model " + line, e);
                }
            }
        }
        return new Models(models, loader);
    }

    /**
     * The executable model reports errors in rule consequences against the Java it generates, not the DRL.
     * When any error lacks a place in a rule file, the classic compiler, which knows each rule's lines, is
     * asked about the same files, and its diagnostics are used when every one of them is located.
     */
    private static List<Diagnostic> locatedDiagnostics(RuleFiles files, List<Message> messages) {
        List<Diagnostic> executable = diagnostics(files, messages);
        if (executable.stream().allMatch(d -> located(d, files))) {
            return executable;
        }
        List<Diagnostic> fallback = classicDiagnostics(files);
        if (!fallback.isEmpty() && fallback.stream().allMatch(d -> located(d, files))) {
            return fallback;
        }
        // Only the generated Java is in error, and the classic compiler accepts the rules: find the rule by halving.
        DrlCrashes.Site site = DrlCrashes.bisect(files, DrlCrashes.sites(files), RuleCompiler::failsBuilding);
        if (site == null) {
            return executable;
        }
        return executable.stream().map(d -> located(d, files) ? d
                : DrlDiagnostics.at(site.file(), site.line(), site.column(), d.message())).distinct().toList();
    }

    /** The classic (non-executable-model) compiler's errors on the same files. */
    private static List<Diagnostic> classicDiagnostics(RuleFiles files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (RuleFiles.RuleFile file : files.files()) {
            kfs.write(RESOURCES + file.relative(), file.text());
        }
        return diagnostics(files, services.newKieBuilder(kfs).buildAll().getResults().getMessages(Message.Level.ERROR));
    }

    /** Placed in a rule file, past the file's first character (where an unplaceable error lands). */
    private static boolean located(Diagnostic d, RuleFiles files) {
        return !d.path().equals(files.dir().toString()) && (d.line() > 1 || d.column() > 1);
    }

    private static List<Diagnostic> diagnostics(RuleFiles files, List<Message> messages) {
        Set<Diagnostic> out = new LinkedHashSet<>();
        for (Message message : messages) {
            String path = message.getPath() == null ? "" : message.getPath();
            String relative = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
            RuleFiles.RuleFile file = files.byRelative(relative);
            if (file == null) {
                out.add(Diagnostic.of(files.dir().toString(), DrlDiagnostics.clean(message.getText())));
            } else {
                out.add(DrlDiagnostics.locate(file, message.getLine(), message.getColumn(), message.getText()));
            }
        }
        return new ArrayList<>(out);
    }
}
