package dev.hardground.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ({@code dev} when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"hardground " + (version == null ? "dev" : version) + " (Drools 10.2.0, Java "
                + System.getProperty("java.version") + ")"};
    }
}
