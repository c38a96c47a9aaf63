package dev.hardground.model;

/**
 * What an agreement's text provides for, in UCDP PAD's terms (Harbom, Högbladh & Wallensteen 2006). Monitoring,
 * peacekeepers, guarantees and implementation commissions are {@link Mechanism}s, not provisions.
 */
public enum Provision implements Keyed {
    // military
    CEASEFIRE, ARMY_INTEGRATION, DDR, WITHDRAWAL_OF_FOREIGN_FORCES,
    // political
    POLITICAL_PARTY, GOVERNMENT_POSTS, CIVIL_SERVICE, ELECTIONS, INTERIM_GOVERNMENT, NATIONAL_TALKS,
    POWER_SHARING,
    // territorial
    AUTONOMY, FEDERALISM, INDEPENDENCE, REFERENDUM, LOCAL_POWER_SHARING, REGIONAL_DEVELOPMENT, CULTURAL_RIGHTS,
    DEMARCATION, LOCAL_GOVERNMENT,
    // justice
    AMNESTY, PRISONER_RELEASE, RECONCILIATION, REFUGEE_RETURN
}
