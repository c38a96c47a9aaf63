package dev.hardground.model;

/** The legal form of an agreement; ratified treaties outlast political deals (Nyarko 2019). */
public enum Form implements Keyed {
    TREATY, EXECUTIVE_AGREEMENT, POLITICAL_DEAL, JOINT_DECLARATION, CEASEFIRE
}
