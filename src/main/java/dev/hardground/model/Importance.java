package dev.hardground.model;

/**
 * How much of the bargain a commitment carries. A core promise is what the other side signed for; a supporting
 * one is part of the package (the default: every commitment weighed the same before 0.2.0); an aspirational one
 * is a stated hope ("best efforts", "will endeavour") whose failure signals little about intent.
 */
public enum Importance implements Keyed {
    CORE, SUPPORTING, ASPIRATIONAL
}
