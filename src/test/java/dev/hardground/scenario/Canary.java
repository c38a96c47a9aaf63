package dev.hardground.scenario;

/**
 * A class that YAML tags in the test corpus try to instantiate ({@code !!dev.hardground.scenario.Canary}). Loading
 * or constructing it leaves a mark in a system property, so a test can prove that the loader never did either.
 */
public final class Canary {
    public static final String PROPERTY = "hardground.canary";

    static {
        System.setProperty(PROPERTY, "class initialized");
    }

    public Canary() {
        System.setProperty(PROPERTY, "instantiated");
    }
}
