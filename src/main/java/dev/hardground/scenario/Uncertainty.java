package dev.hardground.scenario;

import dev.hardground.model.Suggestions;
import dev.hardground.model.Correlation;
import dev.hardground.model.CorrelationMatrix;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Completes a bound scenario's uncertainty: the ranged inputs the binder met, renamed to the override paths a
 * user writes (a list index becomes the element's id), and the {@code correlations:} checked against them
 * (known, ranged paths; |ρ| ≤ 1; one ρ per pair; together a valid correlation matrix).
 */
final class Uncertainty {
    private static final Pattern INDEXED = Pattern.compile("(commitments|events)\\[(\\d+)](.*)");

    private Uncertainty() {
    }

    static Scenario complete(Scenario scenario, Binder binder, Node root, List<Diagnostic> errors) {
        List<RangedInput> inputs = new ArrayList<>();
        for (RangedInput input : binder.ranged().values()) {
            inputs.add(input.at(overridePath(scenario, input.path())));
        }
        List<String> paths = inputs.stream().map(RangedInput::path).toList();
        Map<String, Double> pairs = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < scenario.correlations().size(); i++) {
            Correlation c = scenario.correlations().get(i);
            String at = "correlations[" + i + "]";
            if (c.rho() == null) {
                errors.add(locate(binder, root, at, "missing required key 'rho' in " + at));
                valid = false;
            } else if (Math.abs(c.rho()) > 1) {
                errors.add(locate(binder, root, at + ".rho", "'" + at + ".rho' is " + c.rho()
                        + "; a rank correlation lies in [-1, 1]"));
                valid = false;
            }
            if (c.inputs().size() < 2) {
                errors.add(locate(binder, root, at + ".inputs", "'" + at + ".inputs' must name at least two ranged inputs"));
                valid = false;
            }
            for (int j = 0; j < c.inputs().size(); j++) {
                String path = c.inputs().get(j);
                if (!paths.contains(path)) {
                    errors.add(locate(binder, root, at + ".inputs[" + j + "]", "'" + path + "' is not a ranged input"
                            + Suggestions.hint(path, paths) + (paths.isEmpty() ? " (the scenario has no ranges)"
                            : " (ranged inputs: " + String.join(", ", paths) + ")")));
                    valid = false;
                } else if (c.inputs().indexOf(path) != j) {
                    errors.add(locate(binder, root, at + ".inputs[" + j + "]", "'" + path + "' is named twice in " + at));
                    valid = false;
                }
            }
            for (String a : c.inputs()) {
                for (String b : c.inputs()) {
                    if (a.compareTo(b) < 0 && c.rho() != null) {
                        Double before = pairs.put(a + "\n" + b, c.rho());
                        if (before != null && !before.equals(c.rho())) {
                            errors.add(locate(binder, root, at, "'" + a + "' and '" + b + "' are correlated twice ("
                                    + before + " and " + c.rho() + ")"));
                            valid = false;
                        }
                    }
                }
            }
        }
        if (valid && !scenario.correlations().isEmpty()) {
            try {
                CorrelationMatrix.cholesky(CorrelationMatrix.pearson(paths, scenario.correlations()), paths);
            } catch (IllegalArgumentException e) {
                errors.add(locate(binder, root, "correlations", e.getMessage()));
            }
        }
        return scenario.withUncertain(inputs);
    }

    /** {@code commitments[1].chance} → {@code commitments[jp-firms-contribute].chance}. */
    private static String overridePath(Scenario scenario, String path) {
        Matcher m = INDEXED.matcher(path);
        if (!m.matches()) {
            return path;
        }
        int index = Integer.parseInt(m.group(2));
        String id = m.group(1).equals("commitments") ? scenario.commitments().get(index).id()
                : scenario.events().get(index).id();
        return m.group(1) + "[" + id + "]" + m.group(3);
    }

    private static Diagnostic locate(Binder binder, Node root, String path, String message) {
        Node node = binder.node(path);
        String p = path;
        while (node == null && p.contains(".")) {
            p = p.substring(0, p.lastIndexOf('.'));
            node = binder.node(p);
        }
        return binder.at(node != null ? node : root, message);
    }
}
