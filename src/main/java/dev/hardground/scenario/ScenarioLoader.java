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

    /**
     * Reads a scenario from a stream (a file on another file system), with the same size limit and UTF-8
     * checks as {@link #load}; {@code name} is the file as shown in errors and reports.
     */
    public ScenarioFile read(String name, java.io.InputStream in) throws java.io.IOException {
        String text = reader.read(name, in);
        return new ScenarioFile(Source.of(name, text), text, reader, limits);
    }

    /** Loads scenario text that did not come from a file (tests, generated scenarios). */
    public ScenarioFile parse(String name, String text) {
        return new ScenarioFile(Source.of(name, text), text, reader, limits);
    }
}
