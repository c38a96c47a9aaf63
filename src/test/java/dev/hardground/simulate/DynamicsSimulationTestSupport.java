package dev.hardground.simulate;

/** Reading a result's survival by year in the dynamics tests. */
final class DynamicsSimulationTestSupport {
    private DynamicsSimulationTestSupport() {
    }

    static double survival(SimulationResult r, int year) {
        return r.byYear().stream().filter(y -> y.year() == year).findFirst().orElseThrow().survival();
    }
}
