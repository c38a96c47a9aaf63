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
        for (RuleFiles.RuleFile file : files.files()) {
            kfs.write(RESOURCES + file.relative(), file.text());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        if (!messages.isEmpty()) {
            throw new InvalidInputException(diagnostics(files, messages));
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
