package dev.hardground.model;

/**
 * What a party is to the deal. A principal's compliance is the deal (the default); a co-signatory signs and
 * takes part but the deal does not turn on its conduct; a guarantor underwrites it; a bystander is listed
 * because its position matters to the others but it is bound to nothing.
 */
public enum Role implements Keyed {
    PRINCIPAL, CO_SIGNATORY, GUARANTOR, BYSTANDER
}
