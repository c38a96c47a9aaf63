package dev.hardground.model;

/** What the war is over (UCDP's incompatibility): a territory, the government, or both. */
public enum Contested implements Keyed {
    TERRITORY, GOVERNMENT, BOTH
}
