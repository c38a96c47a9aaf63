package dev.hardground.model;

/** One fired rule's effect on the score, traced to the rule's file and line. */
public record Contribution(String rule, String file, int line, String factor, double points, String reason) {
}
