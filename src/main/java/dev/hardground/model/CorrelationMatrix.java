package dev.hardground.model;

import java.util.List;

/**
 * The Gaussian copula's matrix for rank-correlated inputs: Spearman's ρ becomes the normal scores' Pearson
 * correlation 2·sin(πρ/6) (exact for a bivariate normal), and its Cholesky factor L (lower triangular, so the
 * first input of a group keeps its own uniform). A semi-definite matrix (ρ = 1 between two inputs) is allowed:
 * a zero pivot leaves its column empty. A matrix with a negative pivot is not a correlation matrix.
 */
public final class CorrelationMatrix {
    private static final double PIVOT_TOLERANCE = 1e-10;

    private CorrelationMatrix() {
    }

    /** Pearson correlations of the normal scores, for inputs in {@code paths} order (identity without pairs). */
    public static double[][] pearson(List<String> paths, List<Correlation> correlations) {
        int n = paths.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
        }
        for (Correlation c : correlations) {
            double pearson = Math.abs(c.rho()) == 1 ? c.rho() : 2 * Math.sin(Math.PI * c.rho() / 6);
            for (String a : c.inputs()) {
                for (String b : c.inputs()) {
                    int i = paths.indexOf(a);
                    int j = paths.indexOf(b);
                    if (i != j) {
                        r[i][j] = pearson;
                    }
                }
            }
        }
        return r;
    }

    /**
     * The lower Cholesky factor of {@code r}; throws {@link IllegalArgumentException} naming the first input
     * whose pivot is negative when {@code r} is not positive semi-definite.
     */
    public static double[][] cholesky(double[][] r, List<String> paths) {
        int n = r.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double pivot = r[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j][k] * l[j][k];
            }
            if (pivot < -PIVOT_TOLERANCE) {
                throw new IllegalArgumentException("the correlations are not a valid correlation matrix (not positive"
                        + " semi-definite; the trouble shows at '" + paths.get(j) + "'): lower some of them");
            }
            double d = pivot <= PIVOT_TOLERANCE ? 0 : Math.sqrt(pivot);
            l[j][j] = d;
            for (int i = j + 1; i < n; i++) {
                double s = r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (d > PIVOT_TOLERANCE) {
                    l[i][j] = s / d;
                } else if (Math.abs(s) > 1e-7) {
                    throw new IllegalArgumentException("the correlations are not a valid correlation matrix (not"
                            + " positive semi-definite; the trouble shows at '" + paths.get(i) + "'): lower some of them");
                }
            }
        }
        return l;
    }
}
