package dev.hardground.model;

/**
 * A probability the analyst gave as a range: a Beta(alpha, beta) distribution. The scenario's own value at
 * {@code path} is the distribution's mean, so a point forecast and the predictive probability agree.
 *
 * @param path    the override path of the value ({@code commitments[jp-firms-contribute].chance})
 * @param alpha   the Beta distribution's first shape parameter, &gt; 0
 * @param beta    its second shape parameter, &gt; 0
 * @param written how the scenario wrote it ({@code 0.2 to 0.5}, {@code beta: [2, 5]})
 */
public record RangedInput(String path, double alpha, double beta, String written) {
    public RangedInput {
        if (!(alpha > 0) || !(beta > 0) || !Double.isFinite(alpha) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("a Beta distribution needs positive, finite parameters");
        }
    }

    /** The distribution's mean, the point value the scenario holds. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** The same input at another path (a list index replaced by the element's id). */
    public RangedInput at(String newPath) {
        return new RangedInput(newPath, alpha, beta, written);
    }
}
