package dev.hardground.spark;

import dev.hardground.analysis.BatchInputs;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Scenario and rule files on any file system Spark can read (hdfs://, s3a://, file:, the cluster's default),
 * read on the driver through Hadoop's FileSystem API. A path without a scheme on a local default file system
 * is read exactly as the CLI reads it (same globs, names and errors), so the two outputs are byte-identical;
 * elsewhere files are named by their full URI and globs follow Hadoop's syntax.
 */
final class HadoopFiles {
    /** A scenario file: its name in reports, and where it is (a local path, or a Hadoop path). */
    record Input(String name, java.nio.file.Path local, Path remote) {
    }

    /** The scenario files under a job's arguments, sorted by name, and the arguments that named nothing. */
    record Inputs(List<Input> files, List<Diagnostic> problems, java.util.Map<String, Input> byName) {
        Inputs(List<Input> files, List<Diagnostic> problems) {
            this(List.copyOf(files), List.copyOf(problems), files.stream().collect(
                    java.util.stream.Collectors.toMap(Input::name, f -> f)));
        }

        List<String> names() {
            return files.stream().map(Input::name).toList();
        }

        Input byName(String name) {
            return byName.get(name);
        }

        List<java.nio.file.Path> localFiles() {
            return files.stream().filter(f -> f.local() != null).map(Input::local).toList();
        }
    }

    private final Configuration conf;

    HadoopFiles(Configuration conf) {
        this.conf = conf;
    }

    /** Files as given, directories searched recursively for *.yaml and *.yml, globs expanded, as {@code batch} does. */
    Inputs expand(List<String> arguments) {
        TreeMap<String, Input> found = new TreeMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        java.nio.file.Path here = java.nio.file.Path.of("");
        for (String argument : arguments) {
            if (isLocal(argument)) {
                BatchInputs local = BatchInputs.expand(List.of(argument), here);
                local.files().forEach(f -> found.put(local.name(f), new Input(local.name(f), f, null)));
                problems.addAll(local.problems());
            } else {
                remote(argument, found, problems);
            }
        }
        return new Inputs(List.copyOf(found.values()), problems);
    }

    /** Loads one scenario file with the CLI's limits and errors. */
    ScenarioFile read(Input input, ScenarioLoader loader) {
        if (input.local() != null) {
            return loader.load(input.local());
        }
        try (InputStream in = input.remote().getFileSystem(conf).open(input.remote())) {
            return loader.read(input.name(), in);
        } catch (FileNotFoundException e) {
            throw new InvalidInputException(Diagnostic.of(input.name(), "no such file or directory"));
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(input.name(), "cannot read: " + e.getMessage()));
        }
    }

    /** The rules directory, compiled (or loaded from {@code cacheDir}, null for none) on the driver. */
    RuleBase rules(String dir, java.nio.file.Path cacheDir) {
        if (isLocal(dir)) {
            return RuleBase.compile(java.nio.file.Path.of(dir), cacheDir);
        }
        Path root = new Path(dir);
        try {
            FileSystem fs = root.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                throw new InvalidInputException(Diagnostic.of(dir, "not a directory; --rules takes the folder of .drl files"));
            }
            String prefix = status.getPath().toString() + "/";
            TreeMap<String, RuleBase.Text> texts = new TreeMap<>();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
            while (files.hasNext()) {
                Path p = files.next().getPath();
                if (p.getName().endsWith(".drl") && p.toString().startsWith(prefix)) {
                    String relative = p.toString().substring(prefix.length());
                    texts.put(relative, new RuleBase.Text(p.toString(), relative, utf8(fs, p)));
                }
            }
            if (texts.isEmpty()) {
                throw new InvalidInputException(Diagnostic.of(dir, "no .drl rule files in this directory"));
            }
            return RuleBase.compile(dir, List.copyOf(texts.values()), cacheDir);
        } catch (FileNotFoundException e) {
            throw new InvalidInputException(Diagnostic.of(dir, "no such rules directory (set one with --rules DIR)"));
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(dir, "cannot list rules: " + e.getMessage()));
        }
    }

    /** No scheme (or file:) and the default file system is the local one: the CLI's own path handling applies. */
    boolean isLocal(String argument) {
        String scheme = scheme(argument);
        if (scheme != null) {
            return false;
        }
        return "file".equals(FileSystem.getDefaultUri(conf).getScheme());
    }

    private static String scheme(String argument) {
        try {
            String s = new URI(argument.replace('\\', '/').replaceAll("[*?\\[\\]{} ]", "_")).getScheme();
            return s == null || s.length() == 1 ? null : s; // a one-letter scheme is a Windows drive
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private void remote(String argument, TreeMap<String, Input> found, List<Diagnostic> problems) {
        Path path = new Path(argument);
        boolean glob = argument.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (glob) {
                FileStatus[] matches = fs.globStatus(path);
                int before = found.size();
                for (FileStatus s : matches == null ? new FileStatus[0] : matches) {
                    if (s.isFile()) {
                        found.put(s.getPath().toString(), new Input(s.getPath().toString(), null, s.getPath()));
                    }
                }
                if (found.size() == before && (matches == null || java.util.Arrays.stream(matches).noneMatch(FileStatus::isFile))) {
                    problems.add(Diagnostic.of(argument, "no scenario files match this pattern"));
                }
                return;
            }
            FileStatus status = fs.getFileStatus(path);
            if (status.isFile()) {
                found.put(status.getPath().toString(), new Input(status.getPath().toString(), null, status.getPath()));
                return;
            }
            boolean any = false;
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
            while (files.hasNext()) {
                Path p = files.next().getPath();
                if (p.getName().endsWith(".yaml") || p.getName().endsWith(".yml")) {
                    found.put(p.toString(), new Input(p.toString(), null, p));
                    any = true;
                }
            }
            if (!any) {
                problems.add(Diagnostic.of(argument, "no .yaml or .yml scenario files in this directory"));
            }
        } catch (FileNotFoundException e) {
            problems.add(Diagnostic.of(argument, "no such file or directory"));
        } catch (IOException e) {
            problems.add(Diagnostic.of(argument, "cannot list: " + e.getMessage()));
        }
    }

    private static String utf8(FileSystem fs, Path p) throws IOException {
        byte[] bytes;
        try (InputStream in = fs.open(p)) {
            bytes = in.readAllBytes();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Diagnostic.of(p.toString(), "rule file is not valid UTF-8"));
        }
    }
}
