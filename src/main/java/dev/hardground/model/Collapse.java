package dev.hardground.model;

/** A rule's declaration that the agreement collapses on the evaluation day. */
public record Collapse(String rule, String file, int line, String reason) {
}
