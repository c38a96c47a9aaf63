package dev.hardground.model;

import java.time.LocalDate;
import java.util.List;

/** The agreement being judged. {@code broker} is null when the parties negotiated it themselves. */
public record Agreement(String name, LocalDate signed, Form form, Boolean ratified, Broker broker,
                        List<Mechanism> mechanisms, List<String> parties) {
    public Agreement {
        form = form == null ? Form.POLITICAL_DEAL : form;
        ratified = ratified != null && ratified;
        mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public Agreement withRatified(boolean nowRatified) {
        return new Agreement(name, signed, form, nowRatified, broker, mechanisms, parties);
    }

    public boolean brokered() {
        return broker != null;
    }
}
