package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hardground.model.CommitmentStatus;
import dev.hardground.model.Form;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Mechanism;
import dev.hardground.model.Scenario;
import dev.hardground.model.Severity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Override paths of DESIGN.md §3, from --set and from variants, applied to the reference scenario. */
class OverridesTest {
    private final ScenarioFile reference = new ScenarioLoader().load(ScenarioLoaderTest.REFERENCE);

    private Scenario set(String... assignments) {
        return reference.resolve(null, Arrays.stream(assignments).map(Assignment::parse).toList());
    }

    private String error(String variant, String... assignments) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reference.resolve(variant,
                Arrays.stream(assignments).map(Assignment::parse).toList()));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.diagnostics().get(0).headline();
    }

    @Test
    void dottedKeysReachNestedFields() {
        Scenario s = set("parties.KR.leader.termEnds=2024-03-06", "title=Another title");
        assertThat(s.parties().get("KR").leader().termEnds()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(s.title()).isEqualTo("Another title");
        assertThat(s.parties().get("KR").leader().name()).isEqualTo("Yoon Suk Yeol");
    }

    @Test
    void listElementsAreSelectedById() {
        Scenario s = set("commitments[jp-firms-contribute].chance=0.2");
        assertThat(s.commitments().get(1).chance()).isEqualTo(0.2);
        assertThat(s.commitments().get(0).chance()).isEqualTo(0.9);
    }

    @Test
    void listElementsAreSelectedByAUniqueField() {
        Scenario s = set("threats[source=China military assertiveness].severity=low");
        assertThat(s.threats().get(1).severity()).isEqualTo(Severity.LOW);
        assertThat(s.threats().get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aWholeElementCanBeReplaced() {
        Scenario s = set("commitments[wto-case-dropped]={ id: wto-case-dropped, by: KR, status: fulfilled }");
        assertThat(s.commitments().get(4).status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(s.commitments().get(4).what()).isNull();
    }

    @Test
    void settingAFieldUnderANullObjectCreatesIt() {
        assertThat(reference.base().agreement().broker()).isNull();
        Scenario s = set("agreement.broker.name=United States");
        assertThat(s.agreement().broker().name()).isEqualTo("United States");
        assertThat(s.agreement().broker().staysEngaged()).isFalse();
    }

    @Test
    void anErrorAboutACreatedObjectPointsAtTheArgument() {
        assertThat(error(null, "agreement.broker.staysEngaged=true"))
                .isEqualTo("error: --set: a broker needs a name (or write broker: null for none)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            parties.KR.leader.approval=0.6     | 0.6
            parties.KR.leader.approval=1       | 1.0
            parties.KR.leader.approval=1e-1    | 0.1
            parties.KR.leader.reelectable=true | true
            agreement.ratified=false           | false
            agreement.signed=2023-01-02        | 2023-01-02
            agreement.form=treaty              | TREATY
            agreement.parties=[JP, KR]         | [JP, KR]
            agreement.mechanisms=[monitoring, dmz] | [MONITORING, DMZ]
            agreement.mechanisms=[]            | []
            agreement.name='quoted: text'      | quoted: text
            precedents[name=2015 comfort-women agreement].year=2016 | 2016
            """)
    void valuesAreTypedByTheField(String assignment, String expected) {
        Scenario s = set(assignment);
        Object actual = switch (assignment.substring(0, assignment.indexOf('='))) {
            case "parties.KR.leader.approval" -> s.parties().get("KR").leader().approval();
            case "parties.KR.leader.reelectable" -> s.parties().get("KR").leader().reelectable();
            case "agreement.ratified" -> s.agreement().ratified();
            case "agreement.signed" -> s.agreement().signed();
            case "agreement.form" -> s.agreement().form();
            case "agreement.parties" -> s.agreement().parties();
            case "agreement.mechanisms" -> s.agreement().mechanisms();
            case "agreement.name" -> s.agreement().name();
            default -> s.precedents().get(0).year();
        };
        assertThat(String.valueOf(actual)).isEqualTo(expected);
    }

    @Test
    void typedValuesHaveTheirJavaTypes() {
        Scenario s = set("agreement.form=treaty", "agreement.mechanisms=[guarantee]", "agreement.signed=2023-01-02");
        assertThat(s.agreement().form()).isSameAs(Form.TREATY);
        assertThat(s.agreement().mechanisms()).containsExactly(Mechanism.GUARANTEE);
        assertThat(s.agreement().signed()).isInstanceOf(LocalDate.class);
    }

    @Test
    void anUnknownPathListsTheNearestValidPaths() {
        assertThat(error(null, "agreement.nme=X")).isEqualTo("error: --set: unknown path 'agreement.nme';"
                + " nearest valid paths: agreement.name, agreement.form, agreement.scope, agreement.signed,"
                + " agreement.parties");
        assertThat(error(null, "commitments[jp-firms-contribute].chanse=0.1"))
                .contains("nearest valid paths: commitments[jp-firms-contribute].chance");
    }

    @Test
    void anUnknownElementListsTheElementsThereAre() {
        assertThat(error(null, "commitments[jp-firms-pay].chance=0.1")).isEqualTo("error: --set: no element of"
                + " commitments matches [jp-firms-pay] (id is one of: kr-foundation-pays, jp-firms-contribute,"
                + " obuchi-apology-upheld, export-control-talks, wto-case-dropped)");
        assertThat(error(null, "parties.CN.name=China"))
                .isEqualTo("error: --set: no 'CN' to set in 'parties' (there is: KR, JP)");
    }

    @Test
    void anAmbiguousSelectorIsRefused() {
        assertThat(error(null, "threats[severity=high].trend=flat")).isEqualTo("error: --set: [severity=high]"
                + " matches 2 elements of threats in 'threats[severity=high].trend'; select by a field that is unique");
    }

    @Test
    void aSelectorOnSomethingThatIsNotAListIsRefused() {
        assertThat(error(null, "parties[KR].name=Korea"))
                .isEqualTo("error: --set: 'parties' is not a list, so it takes no [selector]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            parties.KR.leader.approval=high       | error: --set: 'parties.KR.leader.approval' expects a number, not 'high'
            agreement.ratified=maybe              | error: --set: 'agreement.ratified' expects true or false, not 'maybe'
            agreement.signed=06/03/2023           | error: --set: 'agreement.signed': '06/03/2023' is not a date YYYY-MM-DD
            agreement.parties=KR                  | error: --set: 'agreement.parties' expects a list, not a single value
            agreement.name=[a, b]                 | error: --set: 'agreement.name' expects text, not a list
            agreement.form=treatyy                | error: --set: unknown value 'treatyy' for 'agreement.form'; did you mean 'treaty'? (expected one of: treaty, executive-agreement, political-deal, joint-declaration, ceasefire, verbal-understanding)
            precedents[name=1998 Kim–Obuchi joint declaration].year=soon | error: --set: 'precedents[1].year' expects a whole number, not 'soon'
            """)
    void aWrongTypeNamesTheExpectedType(String assignment, String expected) {
        assertThat(error(null, assignment)).isEqualTo(expected);
    }

    @Test
    void variantsAreAppliedAndDoNotLeakIntoEachOther() {
        Scenario noMoney = reference.resolve("no-japanese-money", List.of());
        Scenario brokered = reference.resolve("us-brokered", List.of());
        Scenario late = reference.resolve("late-in-term", List.of());

        assertThat(noMoney.commitments().get(1).chance()).isZero();
        assertThat(noMoney.agreement().broker()).isNull();

        assertThat(brokered.agreement().broker().name()).isEqualTo("United States");
        assertThat(brokered.agreement().broker().staysEngaged()).isFalse();
        assertThat(brokered.commitments().get(1).chance()).isEqualTo(0.35);

        assertThat(late.parties().get("KR").leader().termEnds()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(late.agreement().broker()).isNull();
        assertThat(late.commitments().get(1).chance()).isEqualTo(0.35);

        Scenario base = reference.resolve(null, List.of());
        assertThat(base).isEqualTo(reference.base());
        assertThat(base.parties().get("KR").leader().termEnds()).isEqualTo(LocalDate.of(2027, 5, 9));
    }

    @Test
    void setIsAppliedOnTopOfAVariant() {
        Scenario s = reference.resolve("us-brokered", List.of(Assignment.parse("agreement.broker.staysEngaged=true")));
        assertThat(s.agreement().broker().name()).isEqualTo("United States");
        assertThat(s.agreement().broker().staysEngaged()).isTrue();
        Scenario cleared = reference.resolve("us-brokered", List.of(Assignment.parse("agreement.broker=null")));
        assertThat(cleared.agreement().broker()).isNull();
    }

    @Test
    void anUnknownVariantNamesTheVariantsThereAre() {
        assertThat(error("us-brokerd")).isEqualTo("scenarios/japan-korea-2023.yaml:1:1: error: no variant 'us-brokerd';"
                + " did you mean 'us-brokered'? (variants: no-japanese-money, us-brokered, late-in-term)");
    }

    @Test
    void assignmentsSplitAtTheFirstEqualsSignOutsideASelector() {
        assertThat(Assignment.parse("threats[source=A=B].severity=low"))
                .isEqualTo(new Assignment("threats[source=A=B].severity", "low"));
        assertThat(Assignment.parse(" agreement.name = a=b ")).isEqualTo(new Assignment("agreement.name", "a=b"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Assignment.parse("agreement.name"))
                .diagnostics().get(0).headline())
                .isEqualTo("error: --set: expected path=value, as in commitments[jp-firms-contribute].chance=0.2");
    }

    @Test
    void validPathsListEverySettableLeaf() {
        var root = (org.yaml.snakeyaml.nodes.MappingNode) new YamlReader(Limits.DEFAULT).compose(
                Source.of("t", "x"), textOfReference());
        assertThat(Overrides.validPaths(root)).contains("agreement.broker.name", "parties.KR.leader.termEnds",
                "commitments[jp-firms-contribute].chance", "threats[source=Russia's war in Europe].severity",
                "events[kr-2027-presidential].date").doesNotContain("variants", "expect.verdict");
    }

    @Test
    void aCopyOfTheFilesNodesTakesOverridesWithoutTouchingTheNodesItCameFrom() throws Overrides.PathException {
        // Every resolution of a variant writes its overrides into a copy of the file's nodes, composed once.
        var reader = new YamlReader(Limits.DEFAULT);
        var original = (org.yaml.snakeyaml.nodes.MappingNode) reader.compose(Source.of("t", "x"), textOfReference());
        var copy = (org.yaml.snakeyaml.nodes.MappingNode) YamlReader.copy(original);
        Overrides.apply(copy, "commitments[jp-firms-contribute].chance", reader.compose(Source.of("v", "x"), "0.9"));
        assertThat(Overrides.validPaths(copy)).isEqualTo(Overrides.validPaths(original));
        assertThat(new Binder(Source.of("t", "x"), new java.util.IdentityHashMap<>()).bindRecord(original, Scenario.class, "")
                .commitments().stream().filter(c -> c.id().equals("jp-firms-contribute")).findFirst().orElseThrow()
                .chance()).isNotEqualTo(0.9);
        assertThat(new Binder(Source.of("t", "x"), new java.util.IdentityHashMap<>()).bindRecord(copy, Scenario.class, "")
                .commitments().stream().filter(c -> c.id().equals("jp-firms-contribute")).findFirst().orElseThrow()
                .chance()).isEqualTo(0.9);
        assertThat(copy.getValue().get(0).getKeyNode().getStartMark().getLine())
                .isEqualTo(original.getValue().get(0).getKeyNode().getStartMark().getLine());
    }

    private static String textOfReference() {
        try {
            return java.nio.file.Files.readString(ScenarioLoaderTest.REFERENCE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
