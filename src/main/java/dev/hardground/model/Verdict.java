package dev.hardground.model;

/** The verdict on an agreement, from its score and the thresholds in rules/verdict.drl. */
public enum Verdict implements Keyed {
    DURABLE, FRAGILE, AT_RISK
}
