package dev.hardground.cli;

/** Output formats of the reporting commands; CSV only where the output is one table. */
public enum Format {
    TEXT, JSON, CSV
}
