package dev.hardground.model;

/**
 * A change a {@code rules/dynamics} rule asks for during a simulation, traced to the rule ({@code rule},
 * {@code file}, {@code line}; a ledger holds them with the rule's engine key and no place until the engine
 * locates them). The simulator applies it and judges the world again, so later steps see it.
 */
public sealed interface WorldChange {
    String rule();

    String file();

    int line();

    String reason();

    /** The party or commitment the change is about, as the scenario names it. */
    String target();

    /** The same change, traced to a rule's place. */
    WorldChange at(String rule, String file, int line);

    /** A pending commitment is settled now, kept or broken, whatever its chance said. */
    record Settle(String rule, String file, int line, String target, boolean kept, String reason) implements WorldChange {
        @Override
        public Settle at(String r, String f, int l) {
            return new Settle(r, f, l, target, kept, reason);
        }
    }

    /** A party's leader takes another stance toward the deal. */
    record StanceShift(String rule, String file, int line, String target, Stance stance, String reason)
            implements WorldChange {
        @Override
        public StanceShift at(String r, String f, int l) {
            return new StanceShift(r, f, l, target, stance, reason);
        }
    }

    /**
     * A party's current leader has abandoned the deal by now with probability {@code chance}: the simulator
     * draws one number per leader from the trial's addressed random numbers, so the same leader is judged by
     * the same number at every step (a chance that grows with time in office is a cumulative chance).
     */
    record Repudiation(String rule, String file, int line, String target, double chance, String reason)
            implements WorldChange {
        @Override
        public Repudiation at(String r, String f, int l) {
            return new Repudiation(r, f, l, target, chance, reason);
        }
    }

    /**
     * The deal has ended by being carried out (a completed withdrawal, a planned expiry): from now on it counts
     * as survived and runs up no hazard. {@code target} is the agreement's name.
     */
    record Completion(String rule, String file, int line, String target, String reason) implements WorldChange {
        @Override
        public Completion at(String r, String f, int l) {
            return new Completion(r, f, l, target, reason);
        }
    }

    /**
     * A commitment broken in this trial ends the deal with probability {@code chance}: the simulator draws one number
     * per commitment from the trial's addressed random numbers, so the same breach is judged by the same number at
     * every step and in every variant. {@code target} is the commitment's id.
     */
    record BreachCollapse(String rule, String file, int line, String target, double chance, String reason)
            implements WorldChange {
        @Override
        public BreachCollapse at(String r, String f, int l) {
            return new BreachCollapse(r, f, l, target, chance, reason);
        }
    }
}
