package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/** Compiles rule files into a Drools {@link KieBase} with the executable model, mapping errors to the files. */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>";

    private RuleCompiler() {
    }

    /** A built rule set: the KieBase, and the kjar's bytes for the cache. */
    record Compiled(KieBase kieBase, byte[] kjar) {
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
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        if (!messages.isEmpty()) {
            throw new InvalidInputException(locatedDiagnostics(files, messages));
        }
        KieContainer container = services.newKieContainer(releaseId);
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        return new Compiled(container.getKieBase(), kjar);
    }

    /** Loads a kjar built earlier by {@link #compile}: no parsing, no code generation. */
    static KieBase load(byte[] kjar) {
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
        return services.newKieContainer(module.getReleaseId()).getKieBase();
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
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (RuleFiles.RuleFile file : files.files()) {
            kfs.write(RESOURCES + file.relative(), file.text());
        }
        List<Message> classic = services.newKieBuilder(kfs).buildAll().getResults().getMessages(Message.Level.ERROR);
        List<Diagnostic> fallback = diagnostics(files, classic);
        boolean better = !fallback.isEmpty() && fallback.stream().allMatch(d -> located(d, files));
        return better ? fallback : executable;
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
