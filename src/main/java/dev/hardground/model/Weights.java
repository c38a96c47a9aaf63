package dev.hardground.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a distribution (an event's outcomes, a successor's stances) stays a distribution when some of its
 * weights are ranged: each ranged weight keeps its value (a draw, or its mean), the weights written as points
 * share what is left, 1 − Σ ranged, in proportion to their written values. When nothing is left for them
 * (the ranged weights reach 1) or every weight is ranged, all are scaled to sum to 1.
 */
public final class Weights {
    private Weights() {
    }

    public static <K> Map<K, Double> normalise(Map<K, Double> weights, Set<K> ranged) {
        double rangedSum = 0;
        double pointSum = 0;
        for (var e : weights.entrySet()) {
            if (ranged.contains(e.getKey())) {
                rangedSum += e.getValue();
            } else {
                pointSum += e.getValue();
            }
        }
        Map<K, Double> out = new LinkedHashMap<>();
        boolean share = rangedSum < 1 && pointSum > 0;
        for (var e : weights.entrySet()) {
            double v = e.getValue();
            if (share) {
                out.put(e.getKey(), ranged.contains(e.getKey()) ? v : v / pointSum * (1 - rangedSum));
            } else {
                double total = rangedSum + pointSum;
                out.put(e.getKey(), total > 0 ? v / total : 1.0 / weights.size());
            }
        }
        return out;
    }
}
