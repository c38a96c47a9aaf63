package dev.hardground.analysis;

import dev.hardground.scenario.Assignment;
import java.util.List;

/**
 * One uncertain input of a scenario and how sensitivity analysis swings it: to a low and a high setting,
 * each expressed as an override so it is applied exactly like {@code --set}.
 *
 * @param path      the override path ({@code commitments[jp-firms-contribute].chance})
 * @param low       the input's low setting, as shown ({@code 0.15}, or a distribution)
 * @param high      the input's high setting
 * @param numeric   whether the input is a single probability (a candidate for break-even search)
 * @param value     the scenario's own value, for numeric inputs
 */
public record UncertainInput(String path, String low, String high, boolean numeric, double value) {

    public List<Assignment> lowSet() {
        return List.of(new Assignment(path, low));
    }

    public List<Assignment> highSet() {
        return List.of(new Assignment(path, high));
    }

    public List<Assignment> at(double v) {
        return List.of(new Assignment(path, Swing.format(v)));
    }
}
