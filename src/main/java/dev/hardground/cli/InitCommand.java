package dev.hardground.cli;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.OutputFile;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code init NAME}: a new scenario file from the commented template, or a copy of another with a new id. */
@Command(name = "init",
        description = "Write a new scenario file NAME.yaml (or the path given) from a commented template with every "
                + "section, the schema modeline, example variants and expectations; never overwrites a file.")
final class InitCommand extends BaseCommand {
    static final String TEMPLATE = "scenario-template.yaml";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String MODELINE = "# yaml-language-server: $schema=";

    @Parameters(paramLabel = "NAME", description = "Scenario name (writes NAME.yaml) or a path ending in .yaml/.yml.")
    String name;

    @Option(names = "--from", paramLabel = "FILE", description = "Start from this scenario instead of the template "
            + "(its text is copied; the id becomes the new file's name).")
    Path from;

    @Option(names = "--schema", paramLabel = "FILE", defaultValue = "schema/scenario.schema.json",
            description = "The schema the modeline points to (default: ${DEFAULT-VALUE}, written relative to the new file).")
    Path schema;

    @Override
    public Integer call() {
        Path target = Path.of(name.endsWith(".yaml") || name.endsWith(".yml") ? name : name + ".yaml");
        String file = String.valueOf(target.getFileName());
        String id = file.substring(0, file.lastIndexOf('.'));
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(Diagnostic.of(name, "a scenario id is letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit: '" + id + "' is not one"));
        }
        if (Files.exists(target)) {
            throw new InvalidInputException(Diagnostic.of(target.toString(), "exists; init never overwrites a file "
                    + "(choose another name or remove it first)"));
        }
        String modeline = MODELINE + relativeSchema(target);
        String text = from == null ? template().replace("{{id}}", id).replace("{{file}}", target.toString())
                .replace(MODELINE + "{{schema}}", modeline) : copy(id, modeline);
        new ScenarioLoader().parse(target.toString(), text).base();
        OutputFile.write(target, text, from == null ? List.of() : List.of(from));
        PrintWriter out = out();
        out.printf("wrote %s (id %s%s); next: hardground lint %s%n", target, id,
                from == null ? ", from the template" : ", from " + from, target);
        out.flush();
        return ExitCode.OK.code();
    }

    /** The source file's text with the new id and a modeline that is right from the new file's folder. */
    private String copy(String id, String modeline) {
        String text = new ScenarioLoader().load(from).withId(id);
        if (text.startsWith(MODELINE)) {
            int end = text.indexOf('\n');
            return modeline + (end < 0 ? "\n" : text.substring(text.charAt(end - 1) == '\r' ? end - 1 : end));
        }
        return modeline + "\n" + text;
    }

    private String relativeSchema(Path target) {
        Path dir = target.toAbsolutePath().normalize().getParent();
        return dir.relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String template() {
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario template " + TEMPLATE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the scenario template", e);
        }
    }
}
