package dev.hardground.evidence;

import dev.hardground.model.Mechanism;
import dev.hardground.model.Provision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UCDP Peace Agreement Dataset columns the importer reads, and what each provision dummy becomes. Why each
 * column is read or left out is in docs/data.md; the order here is the order provisions are written in.
 */
final class PadColumns {
    private PadColumns() {
    }

    static final String PAID = "paid";
    static final String NAME = "pa_name";
    static final String DATE = "pa_date";
    static final String ENDED = "ended";
    static final String END_DATE = "duration";
    static final String CENSOR = "censor_point";
    static final String TYPE = "pa_type";
    static final String INCLUSIVE = "inclusive";
    static final String INCOMPATIBILITY = "incompatibility";
    static final String SIGNATORIES = "actor_name";
    static final String DYADS = "dyad_name";
    /**
     * Optional: the conflict an agreement belongs to. With it, each agreement's earlier agreements in the same
     * conflict become its precedents (docs/data.md); without it, none are written.
     */
    static final String CONFLICT = "conflict_id";
    /** Optional: the merged file's V-Dem covariate; a plain UCDP release lacks it. */
    static final String POLYARCHY = "v2x_polyarchy";

    /** Provision dummies (1 = the text provides for it), in the order written. */
    static final Map<String, Provision> PROVISIONS = provisions();

    /** Implementation dummies that are mechanisms in hardground's vocabulary. */
    static final Map<String, Mechanism> MECHANISMS = Map.of("pko", Mechanism.PEACEKEEPERS,
            "co_impl", Mechanism.JOINT_COMMISSION);

    private static Map<String, Provision> provisions() {
        Map<String, Provision> m = new LinkedHashMap<>();
        m.put("cease", Provision.CEASEFIRE);
        m.put("intarmy", Provision.ARMY_INTEGRATION);
        m.put("ddr", Provision.DDR);
        m.put("withd", Provision.WITHDRAWAL_OF_FOREIGN_FORCES);
        m.put("pp", Provision.POLITICAL_PARTY);
        m.put("intgov", Provision.GOVERNMENT_POSTS);
        m.put("intciv", Provision.CIVIL_SERVICE);
        m.put("elections", Provision.ELECTIONS);
        m.put("interim", Provision.INTERIM_GOVERNMENT);
        m.put("natalks", Provision.NATIONAL_TALKS);
        m.put("shagov", Provision.POWER_SHARING);
        m.put("aut", Provision.AUTONOMY);
        m.put("fed", Provision.FEDERALISM);
        m.put("ind", Provision.INDEPENDENCE);
        m.put("ref", Provision.REFERENDUM);
        m.put("shaloc", Provision.LOCAL_POWER_SHARING);
        m.put("regdev", Provision.REGIONAL_DEVELOPMENT);
        m.put("cul", Provision.CULTURAL_RIGHTS);
        m.put("demarcation", Provision.DEMARCATION);
        m.put("locgov", Provision.LOCAL_GOVERNMENT);
        m.put("amn", Provision.AMNESTY);
        m.put("pris", Provision.PRISONER_RELEASE);
        m.put("recon", Provision.RECONCILIATION);
        m.put("return", Provision.REFUGEE_RETURN);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every column a file must have (the optional polyarchy aside). */
    static List<String> required() {
        List<String> all = new ArrayList<>(List.of(PAID, NAME, DATE, ENDED, END_DATE, CENSOR, TYPE, INCLUSIVE,
                INCOMPATIBILITY, SIGNATORIES, DYADS));
        all.addAll(PROVISIONS.keySet());
        all.addAll(List.of("pko", "co_impl"));
        return List.copyOf(all);
    }
}
