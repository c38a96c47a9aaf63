package dev.hardground.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hardground.model.Contested;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Mechanism;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.PartyKind;
import dev.hardground.model.PrecedentOutcome;
import dev.hardground.model.Provision;
import dev.hardground.model.Regime;
import dev.hardground.model.Scenario;
import dev.hardground.model.Scope;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The UCDP PAD importer on a small fixture (every mapping, bad rows, censoring) and on the shipped file. */
class UcdpPadImportTest {
    private static final String FIXTURE = "src/test/resources/evidence/pad-fixture.csv";
    private static final String SHIPPED = "data/ucdp-pad-22.1-merged-1975-2009.csv";

    private static UcdpPadImport.Result fixture() throws Exception {
        return UcdpPadImport.run(FIXTURE, Files.readString(Path.of(FIXTURE)), UcdpPadImport.DEFAULT_DATASET);
    }

    private static Map<String, Scenario> loaded(UcdpPadImport.Result result) {
        ScenarioLoader loader = new ScenarioLoader();
        return result.scenarios().stream().collect(Collectors.toMap(UcdpPadImport.Scenario::fileName,
                s -> loader.parse(s.fileName(), s.yaml()).base(), (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void everyColumnMapsToItsField() throws Exception {
        Scenario s = loaded(fixture()).get("1994-accord-de-paix-tshwane-de-bujumbura.yaml");

        assertThat(s.id()).isEqualTo("1994-accord-de-paix-tshwane-de-bujumbura");
        assertThat(s.title()).isEqualTo("Accord de paix \"Tshwane\" de Bujumbura");
        assertThat(s.asOf()).isEqualTo(LocalDate.of(1994, 3, 10));
        assertThat(s.agreement().signed()).isEqualTo(s.asOf());
        assertThat(s.horizon()).isEqualTo(LocalDate.of(1999, 3, 10));
        assertThat(s.source().dataset()).isEqualTo("ucdp-pad-22.1");
        assertThat(s.source().id()).isEqualTo("101");
        assertThat(s.agreement().scope()).isEqualTo(Scope.COMPREHENSIVE);
        assertThat(s.agreement().inclusive()).isTrue();
        assertThat(s.agreement().provisions()).containsExactly(Provision.CEASEFIRE, Provision.AUTONOMY,
                Provision.REFERENDUM, Provision.REFUGEE_RETURN); // "ref " and "return " end in a space
        assertThat(s.agreement().mechanisms()).containsExactly(Mechanism.PEACEKEEPERS, Mechanism.JOINT_COMMISSION);
        assertThat(s.context().contested()).isEqualTo(Contested.TERRITORY);
        assertThat(s.context().polyarchy()).isEqualTo(0.62);
        assertThat(s.context().deaths()).as("bd_best_total counts deaths after signing: left out").isNull();
        var parties = List.copyOf(s.parties().values());
        assertThat(parties).extracting(p -> p.name()).containsExactly("Government of Burundi",
                "Front for Freedom, Peace and Justice");
        assertThat(parties).extracting(p -> p.kind()).containsExactly(PartyKind.STATE, PartyKind.ARMED_GROUP);
        assertThat(parties.get(0).regime()).isEqualTo(Regime.DEMOCRACY); // polyarchy 0.62 >= 0.5
        assertThat(parties).allMatch(p -> !p.leader().known());
        assertThat(s.outcome().status()).isEqualTo(OutcomeStatus.COLLAPSED);
        assertThat(s.outcome().date()).isEqualTo(LocalDate.of(1995, 1, 20));
    }

    @Test
    void earlierAgreementsOfTheConflictArePrecedentsAsKnownOnTheSigningDay() throws Exception {
        String text = Files.readString(Path.of(FIXTURE));
        for (String paid : List.of("101", "103", "106")) {
            text = text.replace("\n" + paid + ",4,500,,", "\n" + paid + ",4,500,C1,");
        }
        Map<String, Scenario> s = loaded(UcdpPadImport.run(FIXTURE, text, UcdpPadImport.DEFAULT_DATASET));

        assertThat(s.get("1994-accord-de-paix-tshwane-de-bujumbura.yaml").precedents()).as("the first has none").isEmpty();
        assertThat(s.get("2000-peace-process-framework.yaml").precedents())
                .extracting(p -> p.name(), p -> p.outcome(), p -> p.year())
                .containsExactly(tuple("Accord de paix \"Tshwane\" de Bujumbura", PrecedentOutcome.COLLAPSED, 1995));
        assertThat(s.get("2003-addis-ababa-agreement-106.yaml").precedents())
                .as("the 2000 framework ended in 2006, after this signing: in force as far as anyone knew in 2003")
                .extracting(p -> p.name(), p -> p.outcome(), p -> p.year())
                .containsExactly(tuple("Accord de paix \"Tshwane\" de Bujumbura", PrecedentOutcome.COLLAPSED, 1995),
                        tuple("Peace Process Framework", PrecedentOutcome.SURVIVED, 2000));
        assertThat(s.get("2003-addis-ababa-agreement-107.yaml").precedents()).as("another conflict").isEmpty();
    }

    @Test
    void withoutAConflictColumnNoPrecedentsAreWritten() throws Exception {
        String text = Files.readString(Path.of(FIXTURE)).replaceFirst(",conflict_id,", ",conflict,");
        assertThat(loaded(UcdpPadImport.run(FIXTURE, text, "d")).values()).allMatch(s -> s.precedents().isEmpty());
    }

    @Test
    void outcomeColumnsNeverReachTheFacts() throws Exception {
        String yaml = fixture().scenarios().stream().filter(s -> s.fileName().startsWith("1994")).findFirst()
                .orElseThrow().yaml();
        assertThat(yaml).doesNotContain("Government victory").doesNotContain("Fighting resumed").doesNotContain("5000");
        assertThat(yaml.substring(0, yaml.indexOf("\noutcome:"))).doesNotContain("1995-01-20");
    }

    @Test
    void partialNonInclusiveAndCensoredWhenTheDataEndFirst() throws Exception {
        Scenario s = loaded(fixture()).get("2019-juba-declaration.yaml");

        assertThat(s.agreement().scope()).isEqualTo(Scope.PARTIAL);
        assertThat(s.agreement().inclusive()).isFalse();
        assertThat(s.horizon()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(s.outcome().status()).isEqualTo(OutcomeStatus.CENSORED);
        assertThat(s.outcome().date()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(s.context().contested()).isEqualTo(Contested.GOVERNMENT);
        assertThat(s.parties().values()).extracting(p -> p.name())
                .containsExactly("Government of Sudan", "SPLM-N", "SRF - Minawi faction");
        assertThat(s.agreement().parties()).as("the faction that did not sign is a party, not a signatory")
                .containsExactly("sudan", "splm-n");
        assertThat(s.parties().get("sudan").regime()).isEqualTo(Regime.AUTOCRACY); // 0.25 < 0.3
    }

    @Test
    void endedAfterTheHorizonSurvivedAndUnknownInclusivenessIsLeftOut() throws Exception {
        Scenario s = loaded(fixture()).get("2000-peace-process-framework.yaml");

        assertThat(s.agreement().scope()).isEqualTo(Scope.PEACE_PROCESS);
        assertThat(s.agreement().inclusive()).isNull(); // -1: not known
        assertThat(s.context().contested()).isEqualTo(Contested.BOTH);
        assertThat(s.parties().get("nepal").regime()).isEqualTo(Regime.HYBRID);
        assertThat(s.outcome().status()).isEqualTo(OutcomeStatus.SURVIVED);
        assertThat(s.outcome().date()).isEqualTo(LocalDate.of(2005, 1, 15));
    }

    @Test
    void badRowsAreReportedAtTheirLineAndTheOthersImported() throws Exception {
        UcdpPadImport.Result result = fixture();

        assertThat(result.rows()).isEqualTo(7);
        assertThat(result.errors()).extracting(d -> d.headline()).containsExactly(
                FIXTURE + ":6:1: error: paid 104: invalid date '2001-13-40' in 'pa_date' (expected YYYY-MM-DD)",
                FIXTURE + ":7:1: error: paid 105: unknown code '7' in 'pa_type' (expected one of 1, 2, 3)");
        assertThat(result.scenarios()).hasSize(5);
    }

    @Test
    void namesTwoRowsWouldShareGetTheirIdAppended() throws Exception {
        assertThat(loaded(fixture())).containsKeys("2003-addis-ababa-agreement-106.yaml", "2003-addis-ababa-agreement-107.yaml");
    }

    @Test
    void aMissingColumnIsOneLocatedErrorNamingIt() throws Exception {
        String text = Files.readString(Path.of(FIXTURE)).replaceFirst(",pa_date,", ",signing_date,");
        assertThatThrownBy(() -> UcdpPadImport.run("x.csv", text, "d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("x.csv:1:1: error: missing column 'pa_date' in the header");
    }

    @Test
    void anUnclosedQuoteIsLocated() {
        assertThatThrownBy(() -> CsvTable.parse("q.csv", "a,b\n1,2\n3,\"open\n"))
                .hasMessage("q.csv:3:1: error: a quoted field opened here is never closed");
    }

    @Test
    void theDatasetNameIsTheUsers() throws Exception {
        var r = UcdpPadImport.run(FIXTURE, Files.readString(Path.of(FIXTURE)), "ucdp-pad-23.1");
        assertThat(loaded(r).values()).allMatch(s -> s.source().dataset().equals("ucdp-pad-23.1"));
    }

    @Test
    void everyShippedRowImportsAndLoadsWithoutError() throws Exception {
        UcdpPadImport.Result result = UcdpPadImport.run(SHIPPED, Files.readString(Path.of(SHIPPED)),
                UcdpPadImport.DEFAULT_DATASET);

        assertThat(result.errors()).isEmpty();
        assertThat(result.scenarios()).hasSize(271);
        Map<String, Scenario> all = loaded(result);
        assertThat(all).hasSize(271);
        Map<OutcomeStatus, Long> labels = all.values().stream()
                .collect(Collectors.groupingBy(s -> s.outcome().status(), Collectors.counting()));
        assertThat(labels).containsEntry(OutcomeStatus.COLLAPSED, 91L).containsEntry(OutcomeStatus.SURVIVED, 180L);
        assertThat(all.values()).allMatch(s -> s.parties().values().stream().anyMatch(p -> p.kind() == PartyKind.ARMED_GROUP));
        assertThat(result.scenarios().stream().map(UcdpPadImport.Scenario::fileName).distinct().count()).isEqualTo(271);
        assertThat(result.scenarios().stream().collect(Collectors.toMap(UcdpPadImport.Scenario::fileName, Function.identity())))
                .hasSize(271);
    }
}
