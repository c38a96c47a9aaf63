package dev.hardground.model;

import java.util.List;

/**
 * A rank (Spearman) correlation between ranged inputs named by their override paths: every pair within
 * {@code inputs} is correlated by {@code rho}.
 */
public record Correlation(List<String> inputs, Double rho) {
    public Correlation {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }
}
