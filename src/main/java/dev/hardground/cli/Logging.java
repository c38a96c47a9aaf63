package dev.hardground.cli;

import java.util.Arrays;

/**
 * Keeps Drools' own logging off the terminal unless {@code --debug} asks for it. slf4j-simple reads its level
 * once, when the first logger is made, so this runs before anything touches Drools.
 */
public final class Logging {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    public static void configure(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        if (debug) {
            System.setProperty(LEVEL, "info");
        } else if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "off");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
