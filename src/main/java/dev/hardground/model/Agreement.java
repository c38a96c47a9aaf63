package dev.hardground.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement being judged. {@code broker} is null when the parties negotiated it themselves. {@code scope}
 * (null when not stated) and {@code provisions} describe a peace agreement's content; {@code inclusive} says
 * whether every party then fighting signed it (null when not known).
 */
public record Agreement(String name, LocalDate signed, Form form, Boolean ratified, Broker broker,
                        List<Mechanism> mechanisms, List<String> parties, Scope scope, List<Provision> provisions,
                        Boolean inclusive) {
    public Agreement {
        form = form == null ? Form.POLITICAL_DEAL : form;
        ratified = ratified != null && ratified;
        mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
        parties = parties == null ? List.of() : List.copyOf(parties);
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
    }

    public Agreement withRatified(boolean nowRatified) {
        return new Agreement(name, signed, form, nowRatified, broker, mechanisms, parties, scope, provisions,
                inclusive);
    }

    /** Whether the agreement pauses a war between its own parties: a ceasefire, or a text providing one. */
    @Reads({"form", "provisions"})
    public boolean pausesWar() {
        return form == Form.CEASEFIRE || provisions.contains(Provision.CEASEFIRE);
    }

    @Reads("broker")
    public boolean brokered() {
        return broker != null;
    }
}
