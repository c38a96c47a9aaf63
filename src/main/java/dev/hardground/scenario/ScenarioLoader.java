package dev.hardground.scenario;

import java.nio.file.Path;

/** Loads scenario files: YAML text → node tree → typed, validated {@link dev.hardground.model.Scenario}. */
public final class ScenarioLoader {
    private final Limits limits;
    private final YamlReader reader;

    public ScenarioLoader(Limits limits) {
        this.limits = limits;
        this.reader = new YamlReader(limits);
    }

    public ScenarioLoader() {
        this(Limits.DEFAULT);
    }

    /** Reads and validates a file ({@code -}: standard input); throws {@link dev.hardground.model.InvalidInputException} with every error. */
    public ScenarioFile load(Path path) {
        String text = reader.readText(path);
        String name = path.toString().equals(YamlReader.STANDARD_INPUT) ? YamlReader.STANDARD_INPUT_NAME : path.toString();
        return new ScenarioFile(Source.of(name, text), text, reader, limits);
    }

    /** Loads scenario text that did not come from a file (tests, generated scenarios). */
    public ScenarioFile parse(String name, String text) {
        return new ScenarioFile(Source.of(name, text), text, reader, limits);
    }
}
