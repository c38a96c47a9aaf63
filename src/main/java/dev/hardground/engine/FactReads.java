package dev.hardground.engine;

import dev.hardground.model.Reads;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a fact a rule can read, from the rule's text: the components of the fact's record that the rule names
 * (as a field, an accessor or a getter, compared without case), or all of them when the rule hands the bound fact
 * on whole (to a function, a comparison, a string), names a method of the fact that is not an accessor, says
 * {@code this}, or when the fact is not a record. Every doubt widens the reading, never narrows it: two facts that
 * agree on every component a slice's rules can read give that slice the same firings, so the slice is remembered
 * by those components alone ({@link RuleSlices}).
 */
final class FactReads {
    /** Read whole. */
    static final Set<String> ALL = Set.of("*");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile(
            "(?m)^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    /** What a rule's name may be followed by: the rule it extends, whose conditions it matches too. */
    private static final Pattern EXTENDS = Pattern.compile(
            "\\A\\s*extends\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern THIS = Pattern.compile("\\bthis\\b");
    /** The collect condition: the facts it gathers reach the rule unnamed. */
    private static final Pattern COLLECT = Pattern.compile("\\bcollect\\s*\\(");
    /** Comments and string literals (text blocks too), which name nothing a rule reads. */
    private static final Pattern PROSE = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/|\"\"\"(?s:(?:[^\\\\]|\\\\.)*?)\"\"\""
            + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");
    /** A DRL function: its name and parameters. */
    private static final Pattern FUNCTION = Pattern.compile(
            "(?m)^\\s*function\\s+[\\w.<>\\[\\], ?]+?\\s+(\\w+)\\s*\\(([^)]*)\\)");
    /**
     * A function or accumulate function a rule file imports: a call by that name ({@code *}: any name) may not be a
     * rule-file function's.
     */
    private static final Pattern IMPORT = Pattern.compile(
            "(?<![\\w$.])import\\s+(?:function\\s+(?:[\\w$]+\\s*\\.\\s*)*([\\w$]+|\\*)|accumulate\\s+[\\w.$]+\\s+([\\w$]+))");
    /**
     * Drools' own accumulate functions: in an accumulate, a call by one of these names is the accumulate function
     * (which may take the fact whole), not a rule-file function of that name.
     */
    private static final Set<String> ACCUMULATE = Set.of("average", "averageBD", "collectList", "collectSet", "count",
            "max", "maxBD", "maxBI", "maxI", "maxL", "maxN", "min", "minBD", "minBI", "minI", "minL", "minN",
            "standardDeviation", "sum", "sumBD", "sumBI", "sumI", "sumL", "variance");
    /** A call whose arguments hold no parentheses. */
    private static final Pattern CALL = Pattern.compile("(?<![\\w$.])(\\w+)\\s*\\(([^()]*)\\)");

    /** Each rule's text without prose, by {@code package:name} (null for a name found more than once). */
    private final Map<String, String> rules = new HashMap<>();
    /** The rule each rule extends, by {@code package:name}. */
    private final Map<String, String> parents = new HashMap<>();
    /**
     * The rule files' functions by {@code package:name} (null for a name declared more than once, or named like an
     * accumulate function).
     */
    private final Map<String, Function> functions = new HashMap<>();
    /** The names of the functions and accumulate functions each package imports. */
    private final Map<String, Set<String>> imported = new HashMap<>();
    /** Whether a rule's name was found twice: text that is not a rule looked like one, so no text can be trusted. */
    private boolean confused;

    private record Function(String pkg, List<String> parameters, String body) {
    }

    /** Accumulate's count, which reads nothing of the facts it counts. */
    private static final String COUNT = "count";
    private static final Function COUNTED = new Function("", List.of("fact"), "");

    private FactReads() {
    }

    /**
     * The rules and functions of these rule files' texts, {@code known} the rule set's rules by {@code package:name}.
     * A rule's text runs from its name to the next of those rules (or the file's end), and a function's from its
     * parameters to the next of those rules or the next function: more than the rule or the function, never less,
     * however the text is laid out. A line that only looks like a rule's start (a variable called {@code rule} in a
     * consequence) names no known rule and does not end a text; a name found twice has every rule read whole.
     */
    static FactReads of(List<String> files, Set<String> known) {
        FactReads reads = new FactReads();
        for (String file : files) {
            String code = uncommented(file);
            Matcher pkg = PACKAGE.matcher(code);
            String name = pkg.find() ? pkg.group(1) : "";
            List<java.util.regex.MatchResult> found = RULE.matcher(code).results()
                    .filter(r -> known.contains(name + ":" + name(r))).toList();
            List<java.util.regex.MatchResult> declared = FUNCTION.matcher(code).results().toList();
            TreeSet<Integer> starts = new TreeSet<>();
            found.forEach(r -> starts.add(r.start()));
            declared.forEach(f -> starts.add(f.start()));
            for (int i = 0; i < found.size(); i++) {
                java.util.regex.MatchResult rule = found.get(i);
                String key = name + ":" + name(rule);
                int stop = i + 1 < found.size() ? found.get(i + 1).start() : code.length();
                String text = code.substring(rule.end(), stop);
                Matcher parent = EXTENDS.matcher(text);
                reads.confused |= reads.rules.containsKey(key);
                reads.rules.put(key, plain(text));
                if (parent.find()) {
                    reads.parents.put(key, name + ":" + name(parent));
                }
            }
            Set<String> imports = reads.imported.computeIfAbsent(name, k -> new TreeSet<>());
            IMPORT.matcher(code).results().forEach(m -> imports.add(m.group(1) != null ? m.group(1) : m.group(2)));
            for (java.util.regex.MatchResult f : declared) {
                List<String> parameters = new ArrayList<>();
                for (String p : f.group(2).split(",")) {
                    String[] words = p.trim().split("\\s+");
                    parameters.add(words[words.length - 1]);
                }
                Integer next = starts.higher(f.start());
                int stop = next != null ? next : code.length();
                String fn = name + ":" + f.group(1);
                reads.functions.put(fn, reads.functions.containsKey(fn) || ACCUMULATE.contains(f.group(1)) ? null
                        : new Function(name, parameters, plain(code.substring(f.end(), stop))));
            }
        }
        return reads;
    }

    /**
     * Whether a rule file uses the global {@code name} other than where it declares it and by calling one of
     * {@code methods} on it: handed to a function or another variable, or asked for something else (what other
     * rules wrote before, say), the global is read as well as written.
     */
    static boolean usesOtherwise(String file, String name, Set<String> methods) {
        String code = Pattern.compile("\\bglobal\\s+[\\w.$]+\\s+" + Pattern.quote(name) + "(?![\\w$])")
                .matcher(plain(file)).replaceAll(" ");
        Matcher use = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])(?:\\s*\\.\\s*([\\w$]+)\\s*\\()?")
                .matcher(code);
        while (use.find()) {
            if (use.group(1) == null || !methods.contains(use.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The name a rule's (or the rule it extends) match found: quoted with either quote, or a bare word. */
    private static String name(java.util.regex.MatchResult m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The function a call in {@code pkg} by this name reaches, when it is a rule-file function (else null). */
    private Function function(String pkg, String call) {
        Set<String> imports = imported.getOrDefault(pkg, Set.of());
        if (imports.contains(call) || imports.contains("*")) {
            return null; // perhaps a Java method or an accumulate function the package imports
        }
        String key = pkg + ":" + call;
        if (COUNT.equals(call)) {
            return functions.containsKey(key) ? null : COUNTED;
        }
        return functions.get(key);
    }

    /** The text with its comments (and text blocks) blanked and its strings kept (a rule's name is a string). */
    private static String uncommented(String text) {
        Matcher m = PROSE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean blank = m.group().startsWith("/") || m.group().startsWith("\"\"\"");
            m.appendReplacement(out, blank ? " " : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String plain(String text) {
        return PROSE.matcher(text).replaceAll(" ");
    }

    /**
     * What a rule reads of each class of fact it matches, given the names its patterns bind facts of that class
     * to (space-separated, blank for none).
     */
    Map<Class<?>, Set<String>> of(String rule, Map<Class<?>, String> bindings) {
        String text = confused ? null : text(rule, 0);
        String pkg = rule.substring(0, Math.max(0, rule.indexOf(':')));
        Map<Class<?>, Set<String>> out = new HashMap<>();
        bindings.forEach((type, names) -> out.put(type, read(type, names, text, pkg)));
        return out;
    }

    /**
     * A rule's text with the text of the rules it extends, whose conditions it matches too (null, read whole, when
     * one of them is not found once).
     */
    private String text(String rule, int depth) {
        String text = rules.get(rule);
        String parent = parents.get(rule);
        if (text == null || parent == null) {
            return text;
        }
        String inherited = depth < 16 ? text(parent, depth + 1) : null;
        return inherited == null ? null : text + "\n" + inherited;
    }

    /** Adds {@code more} to {@code into}: what either reads. */
    static void join(Map<Class<?>, Set<String>> into, Map<Class<?>, Set<String>> more) {
        more.forEach((type, read) -> into.merge(type, read, (a, b) -> {
            if (a == ALL || b == ALL) {
                return ALL;
            }
            Set<String> both = new TreeSet<>(a);
            both.addAll(b);
            return both;
        }));
    }

    private Set<String> read(Class<?> type, String names, String text, String pkg) {
        if (text == null || !type.isRecord() || THIS.matcher(text).find() || COLLECT.matcher(text).find()) {
            return ALL;
        }
        StringBuilder seen = new StringBuilder(text);
        Set<String> bound = new TreeSet<>(List.of(names.trim().split("\\s+")));
        Matcher binding = Pattern.compile("([\\w$]+)\\s*:=?\\s*(?:[\\w$]+\\.)*" + Pattern.quote(type.getSimpleName())
                + "\\s*\\(").matcher(text);
        while (binding.find()) {
            bound.add(binding.group(1)); // the engine does not always say what a pattern is bound to (in an accumulate)
        }
        for (String name : bound) {
            if (!name.isEmpty() && !follow(name, type.getSimpleName(), text, pkg, seen, 0)) {
                return ALL;
            }
        }
        String lower = seen.toString().toLowerCase(Locale.ROOT);
        Set<String> accessors = new TreeSet<>();
        Set<String> read = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            accessors.add(c.getAccessor().getName());
            if (lower.contains(c.getName().toLowerCase(Locale.ROOT))) {
                read.add(c.getName());
            }
        }
        for (Method m : type.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && !accessors.contains(m.getName())
                    && m.getDeclaringClass() != Object.class && names(m).anyMatch(lower::contains)) {
                Reads marked = m.getAnnotation(Reads.class);
                if (marked == null) {
                    return ALL; // a method of the fact's own, not marked with what it reads, may read any component
                }
                read.addAll(List.of(marked.value()));
            }
        }
        return read;
    }

    /**
     * Whether {@code text} (in package {@code pkg}) uses the fact named {@code name} only through its members, where
     * it is bound to a pattern of its {@code type}, or as an argument of a rule-file function that does the same
     * with it (whose body is then added to {@code seen}).
     */
    private boolean follow(String name, String type, String text, String pkg, StringBuilder seen, int depth) {
        Matcher bare = bare(name, type).matcher(text);
        List<int[]> handed = new ArrayList<>();
        while (bare.find()) {
            handed.add(new int[] {bare.start(), bare.end()});
        }
        if (handed.isEmpty()) {
            return true;
        }
        if (depth > 4) {
            return false;
        }
        Matcher call = CALL.matcher(text);
        List<int[]> passed = new ArrayList<>();
        while (call.find()) {
            Function function = function(pkg, call.group(1));
            String[] args = call.group(2).split(",", -1);
            for (int i = 0; i < args.length; i++) {
                if (!args[i].trim().equals(name)) {
                    continue;
                }
                if (function == null || function.parameters().size() != args.length) {
                    return false;
                }
                if (!follow(function.parameters().get(i), type, function.body(), function.pkg(), seen, depth + 1)) {
                    return false;
                }
                seen.append('\n').append(function.body());
                passed.add(new int[] {call.start(2), call.end(2)});
            }
        }
        for (int[] use : handed) {
            if (passed.stream().noneMatch(p -> p[0] <= use[0] && use[1] <= p[1])) {
                return false;
            }
        }
        return true;
    }

    /** The names a rule may call a method by: itself, and without a get or is. */
    private static java.util.stream.Stream<String> names(Method m) {
        String name = m.getName().toLowerCase(Locale.ROOT);
        String bare = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                : name.startsWith("is") && name.length() > 2 ? name.substring(2) : name;
        return java.util.stream.Stream.of(name, bare);
    }

    /**
     * A use of {@code name} other than through a member ({@code $c.chance}) or where it is bound to a pattern of its
     * type ({@code $c : Commitment(}); a colon after it elsewhere is a conditional's ({@code b ? $c : null}).
     */
    private static Pattern bare(String name, String type) {
        return Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])(?!\\s*\\.)(?!\\s*:=?\\s*(?:[\\w$]+\\.)*"
                + Pattern.quote(type) + "\\s*\\()");
    }

    /**
     * A view of a class of fact: the components a slice reads, or the fact whole. Two facts the view sees alike
     * give the slice the same firings. Where what it sees may hold a map or a set, whose equality does not see the
     * order a rule iterating or printing it meets, facts are told apart by their text as well.
     */
    static final class Projection {
        private final Class<?> type;
        private final Set<String> names;
        private final Method[] accessors;
        private final int id;
        private final boolean unordered;

        private Projection(Class<?> type, Set<String> names, Method[] accessors, int id) {
            this.type = type;
            this.names = names;
            this.accessors = accessors;
            this.id = id;
            this.unordered = type.isRecord() && Arrays.stream(type.getRecordComponents())
                    .filter(c -> accessors == null || names.contains(c.getName()))
                    .anyMatch(c -> unordered(c.getGenericType(), new java.util.HashSet<>()));
        }

        /** The view of {@code type} through {@code read} (null, as {@link #ALL}: the fact whole). */
        static Projection of(Class<?> type, Set<String> read, IntSupplier ids) {
            if (read == null || read == ALL || !type.isRecord()) {
                return new Projection(type, ALL, null, -1);
            }
            Set<String> names = read;
            Method[] accessors = Arrays.stream(type.getRecordComponents())
                    .filter(c -> names.contains(c.getName())).map(RecordComponent::getAccessor).toArray(Method[]::new);
            if (accessors.length == type.getRecordComponents().length) {
                return new Projection(type, ALL, null, -1);
            }
            for (Method m : accessors) {
                m.setAccessible(true);
            }
            return new Projection(type, names, accessors, ids.getAsInt());
        }

        /** What this view sees of {@code fact}: a value equal to what it sees of any fact it cannot tell apart. */
        Object of(Object fact) {
            if (accessors == null) {
                return unordered ? new Shown(fact, fact.toString()) : fact;
            }
            Object[] values = new Object[accessors.length];
            try {
                for (int i = 0; i < accessors.length; i++) {
                    values[i] = accessors[i].invoke(fact);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
            }
            Seen seen = new Seen(id, Arrays.asList(values));
            return unordered ? new Shown(seen, seen.toString()) : seen;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Projection p && p.type == type && p.names.equals(names);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + names.hashCode();
        }
    }

    /**
     * Whether two facts of {@code type} that are equal look alike through each of {@code views}: a record (each view
     * reads a subset of its components) no view of which reads a component that may hold a map or a set, whose
     * equality does not see the order a rule iterating or printing it meets. A component no view reads may be
     * anything.
     */
    static boolean equalMeansAlike(Class<?> type, List<Projection> views) {
        return type.isRecord() && views.stream().noneMatch(p -> p.unordered);
    }

    /** The components a view reads of a fact: equal when the view cannot tell the facts apart. */
    private record Seen(int view, List<Object> values) {
    }

    /** What a view sees and its text, which shows a map's or a set's entries in their order. */
    private record Shown(Object seen, String text) {
    }

    /**
     * Whether values of this type may be equal and yet differ in what a rule meets going through them: a map's or
     * a set's entries in another order, or anything but a record, a list, an enum, a string, a number or a date.
     */
    private static boolean unordered(java.lang.reflect.Type type, Set<Class<?>> seen) {
        Class<?> c = type instanceof Class<?> k ? k
                : type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> k ? k
                : Object.class;
        if (c.isPrimitive() || c.isEnum() || c == String.class || c == Boolean.class || c == Character.class
                || c.getName().startsWith("java.time.")
                || Number.class.isAssignableFrom(c) && c.getName().startsWith("java.lang.")) {
            return false;
        }
        if (c.isRecord()) {
            return seen.add(c) && Arrays.stream(c.getRecordComponents())
                    .anyMatch(rc -> unordered(rc.getGenericType(), seen));
        }
        if (c == List.class && type instanceof java.lang.reflect.ParameterizedType p) {
            return unordered(p.getActualTypeArguments()[0], seen);
        }
        return true;
    }
}
