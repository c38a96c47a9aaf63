package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Sobol estimator against functions whose indices are known analytically. */
class SobolTest {
    private static double[][] uniforms(long seed, int n, int k) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[n][k];
        for (double[] row : out) {
            for (int i = 0; i < k; i++) {
                row[i] = random.nextDouble();
            }
        }
        return out;
    }

    private static Sobol.Model pointwise(java.util.function.ToDoubleFunction<double[]> f) {
        return points -> java.util.Arrays.stream(points).mapToDouble(f).toArray();
    }

    private static void assertWithin(Sobol.Index index, double first, double total) {
        assertThat(first).as("S%d = %.3f in [%.3f, %.3f]", index.input() + 1, index.first(), index.firstLow(),
                index.firstHigh()).isBetween(index.firstLow(), index.firstHigh());
        assertThat(total).as("ST%d = %.3f in [%.3f, %.3f]", index.input() + 1, index.total(), index.totalLow(),
                index.totalHigh()).isBetween(index.totalLow(), index.totalHigh());
    }

    @Test
    void ishigamiIndicesMatchTheirAnalyticValuesWithinTheirIntervals() {
        double a = 7;
        double b = 0.1;
        Sobol.Model ishigami = pointwise(u -> {
            double x1 = Math.PI * (2 * u[0] - 1);
            double x2 = Math.PI * (2 * u[1] - 1);
            double x3 = Math.PI * (2 * u[2] - 1);
            return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
        });
        // Analytic: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, VT3 = 8b²π⁸/225.
        double pi4 = Math.pow(Math.PI, 4);
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi4 * pi4 / 18 + 0.5;
        double v1 = Math.pow(1 + b * pi4 / 5, 2) / 2;
        double v2 = a * a / 8;
        double v13 = b * b * pi4 * pi4 / 18 - b * b * pi4 * pi4 / 50;

        Sobol.Result r = Sobol.estimate(uniforms(1, 20_000, 3), uniforms(2, 20_000, 3), ishigami, 300, 3);

        assertThat(v1 / v).isCloseTo(0.3139, org.assertj.core.api.Assertions.within(1e-4));
        assertWithin(r.indices().get(0), v1 / v, (v1 + v13) / v);
        assertWithin(r.indices().get(1), v2 / v, v2 / v);
        assertWithin(r.indices().get(2), 0, v13 / v);
        assertThat(r.evaluations()).isEqualTo(20_000 * 5);
        assertThat(r.indices().get(0).firstHigh() - r.indices().get(0).firstLow()).isLessThan(0.06);
    }

    @Test
    void aLinearModelsIndicesAreItsSharesOfVariance() {
        // y = 1·x1 + 2·x2 + 3·x3 + 0·x4 with uniform x: shares 1/14, 4/14, 9/14, 0; no interactions, S = ST.
        Sobol.Model linear = pointwise(u -> u[0] + 2 * u[1] + 3 * u[2]);

        Sobol.Result r = Sobol.estimate(uniforms(4, 5_000, 4), uniforms(5, 5_000, 4), linear, 300, 6);

        double[] shares = {1 / 14.0, 4 / 14.0, 9 / 14.0, 0};
        for (int i = 0; i < 4; i++) {
            assertWithin(r.indices().get(i), shares[i], shares[i]);
        }
        assertThat(r.indices().get(3).total()).isEqualTo(0.0);
    }
}
