package dev.hardground.model;

/**
 * The legal form of an agreement; ratified treaties outlast political deals (Nyarko 2019). A verbal understanding
 * is a deal never written down (Lipson 1991): what was promised is itself open to dispute.
 */
public enum Form implements Keyed {
    TREATY, EXECUTIVE_AGREEMENT, POLITICAL_DEAL, JOINT_DECLARATION, CEASEFIRE, VERBAL_UNDERSTANDING
}
