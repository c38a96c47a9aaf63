package dev.hardground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.TestFiles;
import dev.hardground.model.Commitment;
import dev.hardground.model.Reads;
import dev.hardground.model.Scenario;
import dev.hardground.model.Today;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a rule can read of a fact, from its text: the components it names, widened to the whole fact whenever the
 * fact is handed on where the text cannot follow it. A slice is remembered by these components alone, so a reading
 * too narrow would give one world another's firings; every doubt must widen it.
 */
class FactReadsTest {
    private static final String FUNCTIONS = """
            package extra
            function double odds(Commitment c) {
                return c.chance();
            }
            function String whole(Commitment c) {
                return String.valueOf(c);
            }
            """;

    private static Set<String> reads(String body) {
        return reads(FUNCTIONS, body);
    }

    /** What rule {@code r} (in package extra, after {@code functions}) reads of Commitment {@code $c}. */
    private static Set<String> reads(String functions, String body, String... otherFiles) {
        String file = functions + "rule \"r\"\n" + body + "\nend\n";
        List<String> files = new ArrayList<>(List.of(otherFiles));
        files.add(file);
        return FactReads.of(files, Set.of("extra:r")).of("extra:r", Map.of(Commitment.class, "$c")).get(Commitment.class);
    }

    /**
     * A fact is numbered once by its value (not once per view) only where equal facts look alike through every view
     * of its class: a party's successor stances and an event's outcome weights are maps, whose equality does not
     * see the order a rule printing them meets (RuleSlicesTest.factsWhoseMapsHoldTheSameEntriesInAnotherOrderAre
     * ToldApart judges such a pair), so only views that do not read them allow it.
     */
    @Test
    void factsAreNumberedByValueOnlyWhereEqualFactsLookAlikeThroughEveryView() {
        java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
        Class<?> party = dev.hardground.model.Party.class;
        FactReads.Projection leader = FactReads.Projection.of(party, Set.of("code", "leader"), ids::getAndIncrement);
        FactReads.Projection succession = FactReads.Projection.of(party, Set.of("succession"), ids::getAndIncrement);
        FactReads.Projection whole = FactReads.Projection.of(party, FactReads.ALL, ids::getAndIncrement);
        assertThat(FactReads.equalMeansAlike(party, List.of(leader))).isTrue();
        assertThat(FactReads.equalMeansAlike(party, List.of(leader, succession))).as("a view reads a map").isFalse();
        assertThat(FactReads.equalMeansAlike(party, List.of(whole))).as("the whole party holds maps").isFalse();
        Class<?> event = dev.hardground.model.Event.class;
        assertThat(FactReads.equalMeansAlike(event, List.of(FactReads.Projection.of(event, Set.of("id", "date"),
                ids::getAndIncrement)))).isTrue();
        assertThat(FactReads.equalMeansAlike(event, List.of(FactReads.Projection.of(event, FactReads.ALL,
                ids::getAndIncrement)))).as("outcomes: a map").isFalse();
        assertThat(FactReads.equalMeansAlike(StringBuilder.class, List.of(FactReads.Projection.of(StringBuilder.class,
                FactReads.ALL, ids::getAndIncrement)))).as("not a record").isFalse();
    }

    @Test
    void aRuleReadsTheComponentsItNamesAndNotWhatItsCommentsAndStringsSay() {
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true ) // the chance does not matter here
                then
                    ledger.add(1, "due " + $c.id());
                """)).containsExactlyInAnyOrder("voluntary", "id");
    }

    @Test
    void aLineOfTheConsequenceThatLooksLikeTheRulesEndOrAnotherRuleInACommentDoesNotCutItsTextShort() {
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true )
                then
                    /*
                    rule "r"
                    */
                    java.time.LocalDate
                    end = $c.due();
                    ledger.add(1, "x" + end + $c.chance());
                """)).containsExactlyInAnyOrder("voluntary", "due", "chance");
    }

    @Test
    void aFactHandedToARuleFileFunctionReadsWhatTheFunctionReads() {
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true )
                then
                    ledger.add(odds($c), "x");
                """)).containsExactlyInAnyOrder("voluntary", "chance");
        assertThat(reads("""
                when
                    $c: Commitment( )
                then
                    ledger.add(1, whole($c));
                """)).isSameAs(FactReads.ALL);
    }

    @Test
    void aFactHandedOnWholeOrComparedOrCollectedIsReadWhole() {
        for (String body : List.of(
                "when\n $c: Commitment()\nthen\n ledger.add(1, String.valueOf($c));",
                "when\n $c: Commitment()\n $d: Commitment(this != $c)\nthen\n ledger.add(1, \"x\");",
                "when\n accumulate( $c: Commitment(); $all: collectList( $c ) )\nthen\n ledger.add(1, \"x\" + $all);",
                "when\n $c: Commitment()\nthen\n ledger.add(1, \"x\" + $c.withStatus(null).id());")) {
            assertThat(reads(body)).as(body).isSameAs(FactReads.ALL);
        }
    }

    @Test
    void countingFactsReadsNothingOfThemAndAMarkedMethodReadsWhatItsMarkSays() {
        assertThat(reads("""
                when
                    accumulate( $c: Commitment( pending() ); $n: count( $c ) )
                then
                    ledger.add(1, "x" + $n);
                """)).containsExactly("status");
    }

    @Test
    void aRuleFileTheTextOfWhichCannotBeFoundIsReadWhole() {
        assertThat(FactReads.of(List.of(FUNCTIONS), Set.of("extra:missing")).of("extra:missing", Map.of(Commitment.class, "$c")))
                .containsEntry(Commitment.class, FactReads.ALL);
    }

    /**
     * A fact handed on through a conditional ({@code b ? $c : null}: the colon is not a binding's), or named after a
     * text block (whose quotes are not two strings'), is read as the rule reads it.
     */
    @Test
    void aFactHandedOnThroughAConditionalOrNamedAfterATextBlockIsRead() {
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true )
                then
                    ledger.add(1, "seen " + String.valueOf(true ? $c : null));
                """)).isSameAs(FactReads.ALL);
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true )
                then
                    String s = \"""
                        odds\""" + $c.chance() + "";
                    ledger.add(1, s);
                """)).containsExactlyInAnyOrder("voluntary", "chance");
    }

    /**
     * A consequence's line that starts with a variable called {@code rule}, or a function's line that starts with one
     * called {@code query}, is not the start of a rule or a query: the text runs on past it to the next known rule.
     * A known rule's name found twice means text that is not a rule looked like one: every rule is read whole.
     */
    @Test
    void aLineThatOnlyLooksLikeTheStartOfARuleOrAQueryDoesNotCutATextShort() {
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true )
                then
                    String rule = "";
                    rule = "odds " + $c.chance();
                    ledger.add(1, rule);
                """)).containsExactlyInAnyOrder("voluntary", "chance");
        assertThat(reads("""
                package extra
                function String described(Commitment c) {
                    String query = "";
                    query = "odds " + c.chance();
                    return query;
                }
                """, """
                when
                    $c: Commitment( voluntary == true )
                then
                    ledger.add(1, described($c));
                """)).containsExactlyInAnyOrder("voluntary", "chance");
        assertThat(reads("""
                when
                    $c: Commitment( voluntary == true )
                then
                    ledger.add(1, "x");
                end
                rule "r"
                when
                    $c: Commitment( )
                then
                    ledger.add(1, "y");
                """)).isSameAs(FactReads.ALL);
    }

    /**
     * A call that may reach something other than the package's own rule-file function of that name reads the fact
     * whole: a function named like an accumulate function (in an accumulate the accumulate function is meant, which
     * takes the fact whole), one named {@code count}, one the package imports, or one only another package declares.
     */
    @Test
    void aCallThatMayNotReachThePackagesOwnRuleFileFunctionReadsTheFactWhole() {
        assertThat(reads("""
                package extra
                function String collectList(Commitment c) {
                    return c.id();
                }
                """, """
                when
                    accumulate( $c: Commitment( ); $all: collectList( $c ) )
                then
                    ledger.add(1, "x" + $all);
                """)).isSameAs(FactReads.ALL);
        assertThat(reads("""
                package extra
                function String count(Commitment c) {
                    return String.valueOf(c);
                }
                """, """
                when
                    $c: Commitment( )
                then
                    ledger.add(1, count($c));
                """)).isSameAs(FactReads.ALL);
        String another = """
                package another
                function String singletonList(Commitment c) {
                    return c.id();
                }
                """;
        for (String imports : List.of("package extra\nimport function java.util.Collections.singletonList\n",
                "package extra\n")) {
            assertThat(reads(imports, """
                    when
                        $c: Commitment( )
                    then
                        ledger.add(1, "x" + singletonList($c));
                    """, another)).as(imports).isSameAs(FactReads.ALL);
        }
        assertThat(reads("""
                package extra
                import function java.util.Collections.*
                function double odds(Commitment c) {
                    return c.chance();
                }
                """, """
                when
                    $c: Commitment( )
                then
                    ledger.add(odds($c), "x");
                """)).isSameAs(FactReads.ALL);
    }

    /**
     * Every {@link Reads} mark tells the truth on the facts of every shipped scenario: changing any component the
     * mark does not name, to any value the shipped facts or its type offer, leaves the method's answer as it was.
     */
    @Test
    void everyReadsMarkNamesAllItsMethodReadsOverTheShippedScenariosFacts() throws Exception {
        Map<Class<?>, List<Object>> facts = new HashMap<>();
        for (Scenario world : TestFiles.shippedWorlds()) {
            for (LocalDate day : List.of(world.asOf(), world.asOf().plusYears(2), world.horizon())) {
                for (Object fact : FactBuilder.facts(world, day)) {
                    facts.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
                }
            }
        }
        int checked = 0;
        for (var entry : facts.entrySet()) {
            Class<?> type = entry.getKey();
            List<Object> all = entry.getValue().stream().distinct().toList();
            for (Method m : type.getMethods()) {
                Reads mark = m.getAnnotation(Reads.class);
                if (mark == null) {
                    continue;
                }
                Set<String> marked = Set.of(mark.value());
                assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList())
                        .as(type.getSimpleName() + "." + m.getName()).containsAll(marked);
                RecordComponent[] components = type.getRecordComponents();
                for (Object a : all) {
                    for (int i = 0; i < components.length; i++) {
                        if (marked.contains(components[i].getName())) {
                            continue;
                        }
                        for (Object value : alternatives(components[i], all)) {
                            Object other = with(type, a, i, value);
                            if (other == null) {
                                continue; // a value the record refuses
                            }
                            for (Object[] args : arguments(m)) {
                                assertThat(m.invoke(other, args))
                                        .as("%s.%s with %s = %s", type.getSimpleName(), m.getName(),
                                                components[i].getName(), value)
                                        .isEqualTo(m.invoke(a, args));
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(facts.keySet()).contains(Commitment.class, Today.class);
        assertThat(checked).isGreaterThan(1_000);
    }

    private static List<Object[]> arguments(Method m) {
        if (m.getParameterCount() == 0) {
            return List.<Object[]>of(new Object[0]);
        }
        assertThat(m.getParameterTypes()).containsOnly(LocalDate.class);
        return Stream.of("2000-01-01", "2023-03-07", "2024-06-30", "2027-05-09", "2040-01-01")
                .map(d -> new Object[] {LocalDate.parse(d)}).toList();
    }

    /** Values to put in a component: every value the shipped facts give it, and some of its type's own. */
    private static List<Object> alternatives(RecordComponent c, List<Object> facts) throws Exception {
        List<Object> out = new ArrayList<>();
        for (Object f : facts) {
            out.add(c.getAccessor().invoke(f));
        }
        Class<?> t = c.getType();
        if (!t.isPrimitive()) {
            out.add(null);
        }
        if (t.isEnum()) {
            out.addAll(List.of(t.getEnumConstants()));
        } else if (t == String.class) {
            out.addAll(List.of("", "other"));
        } else if (t == Boolean.class || t == boolean.class) {
            out.addAll(List.of(true, false));
        } else if (t == Double.class || t == double.class) {
            out.addAll(List.of(0.0, 0.5, 1.0));
        } else if (t == Integer.class || t == int.class) {
            out.addAll(List.of(0, 5));
        } else if (t == LocalDate.class) {
            out.addAll(List.of(LocalDate.parse("2000-01-01"), LocalDate.parse("2024-06-30"), LocalDate.parse("2040-01-01")));
        } else if (t == List.class) {
            out.add(List.of());
        }
        return out.stream().distinct().toList();
    }

    /** {@code fact} with component {@code i} set to {@code value}, or null when the record refuses it. */
    private static Object with(Class<?> type, Object fact, int i, Object value) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            values[k] = k == i ? value : components[k].getAccessor().invoke(fact);
            types[k] = components[k].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException | IllegalArgumentException e) {
            return null;
        }
    }
}
