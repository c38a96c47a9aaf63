package dev.hardground.simulate;

import dev.hardground.model.HazardLink;
import dev.hardground.model.Today;
import java.util.List;

/**
 * The sampled futures of one scenario as the rules judged them, with no background hazard applied. Survival
 * under any score → hazard link is then an average over the paths, exact given the paths: what back-testing
 * needs to fit the link without simulating again for every candidate.
 */
public final class PathSet implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<TrialPath> paths;

    PathSet(List<TrialPath> paths) {
        this.paths = List.copyOf(paths);
    }

    /** The futures of several sets one after the other, in the order given. */
    public static PathSet concat(List<PathSet> parts) {
        List<TrialPath> all = new java.util.ArrayList<>();
        parts.forEach(p -> all.addAll(p.paths));
        return new PathSet(all);
    }

    /** Probability of surviving to the horizon under the background hazard of {@code link}. */
    public double survival(HazardLink link) {
        double sum = 0;
        for (TrialPath path : paths) {
            if (path.ruleCollapse() != null) {
                continue;
            }
            double exposure = 0;
            for (TrialPath.Stretch s : path.stretches()) {
                exposure += link.rate(s.score()) * Today.years(s.from(), s.to());
            }
            sum += Math.exp(-exposure);
        }
        return sum / paths.size();
    }

    /** Share of paths in which a rule declared a collapse before the horizon. */
    public double ruleCollapseShare() {
        return (double) paths.stream().filter(p -> p.ruleCollapse() != null).count() / paths.size();
    }

    public int size() {
        return paths.size();
    }
}
