package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated JSON Schema accepts every shipped scenario and rejects what the loader rejects. */
class SchemaCommandTest {
    static String printed;
    static Schema schema;

    @BeforeAll
    static void generate() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exit()).as(run.err()).isZero();
        printed = run.out();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(printed);
    }

    private static List<Error> validate(String yaml) throws Exception {
        return schema.validate(new YAMLMapper().readTree(yaml));
    }

    static Stream<Path> shippedScenarios() throws Exception {
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
            assertThat(files).isNotEmpty();
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioValidates(Path file) throws Exception {
        assertThat(validate(Files.readString(file))).as(file.toString()).isEmpty();
    }

    @Test
    void everyImportedPadScenarioValidatesAndLeadersAreOptionalOnlyWhereTheLoaderSaysSo() throws Exception {
        String csv = "data/ucdp-pad-22.1-merged-1975-2009.csv";
        var result = dev.hardground.evidence.UcdpPadImport.run(csv, Files.readString(Path.of(csv)), "ucdp-pad-22.1");
        assertThat(result.scenarios()).hasSize(271);
        for (var s : result.scenarios()) {
            assertThat(validate(s.yaml())).as(s.fileName()).isEmpty();
        }
        String armedGroup = "id: x\nasOf: 2023-03-07\nagreement: { name: x }\n"
                + "parties: { A: { name: A, leader: { name: Ann } }, R: { name: Front, kind: armed-group } }\n";
        assertThat(validate(armedGroup)).isEmpty();
        String stateWithoutLeader = "id: x\nasOf: 2023-03-07\nagreement: { name: x }\nparties: { A: { name: A } }\n";
        assertThat(validate(stateWithoutLeader)).isNotEmpty();
        assertThat(validate(stateWithoutLeader + "source: { dataset: d, id: \"1\" }\n")).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bench/ranged-10.yaml", "bench/ranged-20.yaml"})
    void rangedScenariosValidateWhereTheLoaderTakesRanges(String file) throws Exception {
        assertThat(validate(Files.readString(Path.of(file)))).as(file).isEmpty();
    }

    @Test
    void aRangeWhereTheLoaderTakesNoneOrAMalformedBetaIsRejected() throws Exception {
        String head = "id: r\nasOf: 2023-03-07\nagreement: { name: x }\nparties: { A: { leader: { name: Ann } } }\n";
        assertThat(validate(head + "commitments: [{ id: a, chance: { beta: [0, 2] } }]\n")).isNotEmpty();
        assertThat(validate(head + "commitments: [{ id: a, chance: { beta: [2, 2] } }]\n")).isEmpty();
        assertThat(validate(head + "expect: { score: { min: 50 to 60 } }\n")).isNotEmpty();
        assertThat(validate(head + "correlations: [{ inputs: [a, b], rho: 0.5 }]\n")).isEmpty();
        assertThat(validate(head + "uncertain: []\n")).isNotEmpty();
    }

    static Stream<Arguments> brokenScenarios() {
        return Stream.of(
                Arguments.of("asOff: 2023-03-07\n", "asOff"),
                Arguments.of("asOf: 2023-03-07\nagreement: { name: x, form: handshake }\nparties: {}\n", "/agreement/form"),
                Arguments.of("asOf: 2023-03-07\nagreement: { name: x, ratified: maybe }\nparties: {}\n", "ratified"),
                Arguments.of("asOf: 7 March 2023\nagreement: { name: x }\nparties: {}\n", "asOf"),
                Arguments.of("asOf: 2023-03-07\nagreement: { name: x }\nparties: { A: { name: Alpha } }\n", "leader"),
                Arguments.of("asOf: 2023-03-07\nagreement: { name: x }\nparties: {}\nexpect: { verdict: solid }\n", "verdict"));
    }

    @ParameterizedTest
    @MethodSource("brokenScenarios")
    void aBrokenScenarioIsRejectedNamingTheCulprit(String body, String culprit) throws Exception {
        List<Error> errors = validate("id: broken\n" + body);

        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains(culprit);
    }

    @Test
    void aScenarioWithoutAnIdIsRejected() throws Exception {
        assertThat(validate("asOf: 2023-03-07\nagreement: { name: x }\nparties: {}\n").toString()).contains("id");
    }

    @Test
    void theSchemaDescribesVariantsExpectationsOutcomesAndSourcesWithKebabCaseEnums() throws Exception {
        JsonNode json = new ObjectMapper().readTree(printed);

        assertThat(json.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(json.get("additionalProperties").asBoolean()).isFalse();
        assertThat(json.get("properties").fieldNames()).toIterable()
                .contains("variants", "expect", "outcome", "sources", "events");
        assertThat(json.at("/$defs/Verdict/enum").toString()).isEqualTo("[\"durable\",\"fragile\",\"at-risk\"]");
        assertThat(json.at("/$defs/Expectation/properties/survival/anyOf/0/$ref").asText()).isEqualTo("#/$defs/ProbabilityRange");
        assertThat(json.at("/$defs/Expectation/properties/score/anyOf/0/$ref").asText()).isEqualTo("#/$defs/Range0To100");
        assertThat(json.at("/properties/asOf/format").asText()).isEqualTo("date");
    }

    /** A probability of 1.5 in each field that holds one; the key names the field as Class.component. */
    static final java.util.Map<String, String> OUT_OF_RANGE = java.util.Map.of(
            "Party.earlyExitChance", "parties: { A: { leader: { name: Ann }, earlyExitChance: 1.5 } }\n",
            "Party.publicSupport", "parties: { A: { leader: { name: Ann }, publicSupport: 1.5 } }\n",
            "Leader.approval", "parties: { A: { leader: { name: Ann, approval: 1.5 } } }\n",
            "Commitment.chance", "parties: { A: { leader: { name: Ann } } }\ncommitments: [ { id: c, by: A, chance: 1.5 } ]\n",
            "Commitment.breachCollapse", "parties: { A: { leader: { name: Ann } } }\n"
                    + "commitments: [ { id: c, by: A, breachCollapse: 1.5 } ]\n",
            "Event.outcomes", "parties: { A: { leader: { name: Ann } } }\n"
                    + "events: [ { id: e, date: 2024-01-01, kind: shock, outcomes: { collapse: 1.5 } } ]\n",
            "Event.successorStance", "parties: { A: { leader: { name: Ann } } }\nevents: [ { id: e, date: 2024-01-01, "
                    + "kind: election, party: A, outcomes: { government-wins: 1 }, successorStance: { hostile: 1.5 } } ]\n",
            "Event.governmentSuccessorStance", "parties: { A: { leader: { name: Ann } } }\nevents: [ { id: e, date: 2024-01-01, "
                    + "kind: election, party: A, outcomes: { government-wins: 1 }, governmentSuccessorStance: { hostile: 1.5 } } ]\n",
            "Expectation.survival", "parties: { A: { leader: { name: Ann } } }\nexpect: { survival: { min: 1.5 } }\n");

    @Test
    void aProbabilityOfOnePointFiveIsRejectedByTheSchemaAndByTheLoaderInEveryFieldThatHoldsOne() throws Exception {
        java.util.Set<String> annotated = new java.util.TreeSet<>();
        for (Class<?> type : List.of(dev.hardground.model.Party.class, dev.hardground.model.Leader.class,
                dev.hardground.model.Commitment.class, dev.hardground.model.Event.class, dev.hardground.model.Expectation.class,
                dev.hardground.model.Scenario.class, dev.hardground.model.Agreement.class, dev.hardground.model.Threat.class)) {
            for (var c : type.getRecordComponents()) {
                if (c.isAnnotationPresent(dev.hardground.model.Probability.class)) {
                    annotated.add(type.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertThat(OUT_OF_RANGE.keySet()).as("every @Probability field is tried").containsExactlyInAnyOrderElementsOf(annotated);
        for (var e : OUT_OF_RANGE.entrySet()) {
            String yaml = "id: p\nasOf: 2023-03-07\nhorizon: 2030-01-01\nagreement: { name: x }\n" + e.getValue();
            assertThat(validate(yaml)).as(e.getKey() + " in the schema").isNotEmpty();
            assertThat(validate(yaml.replace("1.5", "0.5").replace("government-wins: 1", "government-wins: 1.0")))
                    .as(e.getKey() + " at 0.5 passes the schema").isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new dev.hardground.scenario.ScenarioLoader().parse("p.yaml", yaml))
                    .as(e.getKey() + " in the loader").hasMessageContaining("outside [0, 1]");
        }
    }

    @Test
    void theSchemaCarriesDefaultsDescriptionsAndTheOutcomeNamesOfEachEventKind() throws Exception {
        JsonNode json = new ObjectMapper().readTree(printed);

        assertThat(json.at("/$defs/Leader/properties/approval/default").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/$defs/Leader/properties/stance/default").asText()).isEqualTo("supportive");
        assertThat(json.at("/$defs/Party/properties/regime/default").asText()).isEqualTo("democracy");
        assertThat(json.at("/$defs/Leader/description").asText()).isNotBlank();
        assertThat(validate("id: e\nasOf: 2023-03-07\nagreement: { name: x }\nparties: { A: { leader: { name: Ann } } }\n"
                + "events: [ { id: v, date: 2024-01-01, kind: election, party: A, outcomes: { goverment-wins: 1.0 } } ]\n")
                .toString()).contains("goverment-wins");
        assertThat(validate("id: e\nasOf: 2023-03-07\nagreement: { name: x }\nparties: { A: { leader: { name: Ann } } }\n"
                + "events: [ { id: v, date: 2024-01-01, kind: shock, outcomes: { goverment-wins: 1.0 } } ]\n"))
                .as("a shock's outcome names are free").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioNamesTheSchemaOnItsFirstLine(Path file) throws Exception {
        String first = Files.readAllLines(file).get(0);
        Path schemaFile = Path.of("schema/scenario.schema.json");
        Path relative = file.toAbsolutePath().getParent().relativize(schemaFile.toAbsolutePath());
        assertThat(first).isEqualTo("# yaml-language-server: $schema=" + relative.toString().replace('\\', '/'));
    }

    @Test
    void theCommittedSchemaFileIsTheGeneratedOne() throws Exception {
        assertThat(Files.readString(Path.of("schema/scenario.schema.json")))
                .as("regenerate with: ./hardground schema -o schema/scenario.schema.json").isEqualTo(printed);
    }
}
