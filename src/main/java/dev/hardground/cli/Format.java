package dev.hardground.cli;

/** Output formats of the reporting commands. */
enum Format {
    TEXT, JSON
}
