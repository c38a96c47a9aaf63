package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.hardground.model.CommitmentStatus;
import dev.hardground.model.CooperationKind;
import dev.hardground.model.EventKind;
import dev.hardground.model.Form;
import dev.hardground.model.Leader;
import dev.hardground.model.Party;
import dev.hardground.model.PrecedentOutcome;
import dev.hardground.model.Regime;
import dev.hardground.model.Scenario;
import dev.hardground.model.Severity;
import dev.hardground.model.Stance;
import dev.hardground.model.Trend;
import dev.hardground.model.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped reference scenario and a minimal one load into the typed records, defaults filled in. */
class ScenarioLoaderTest {
    static final Path REFERENCE = Path.of("scenarios/japan-korea-2023.yaml");

    @Test
    void loadsTheReferenceScenarioIntoTypedRecords() {
        ScenarioFile file = new ScenarioLoader().load(REFERENCE);
        Scenario s = file.base();

        assertThat(file.path()).isEqualTo(REFERENCE.toString());
        assertThat(s.id()).isEqualTo("japan-korea-2023");
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2023, 3, 7));
        assertThat(s.horizon()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(s.agreement().signed()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(s.agreement().form()).isEqualTo(Form.POLITICAL_DEAL);
        assertThat(s.agreement().ratified()).isFalse();
        assertThat(s.agreement().broker()).isNull();
        assertThat(s.agreement().mechanisms()).isEmpty();
        assertThat(s.agreement().parties()).containsExactly("KR", "JP");

        assertThat(s.parties()).containsOnlyKeys("KR", "JP");
        assertThat(s.parties().keySet()).containsExactly("KR", "JP"); // file order
        Party kr = s.parties().get("KR");
        assertThat(kr.code()).isEqualTo("KR");
        assertThat(kr.name()).isEqualTo("Republic of Korea");
        assertThat(kr.regime()).isEqualTo(Regime.DEMOCRACY);
        assertThat(kr.earlyExitChance()).isEqualTo(0.03);
        assertThat(kr.opposition().stance()).isEqualTo(Stance.HOSTILE);
        assertThat(kr.opposition().controlsLegislature()).isTrue();
        Leader yoon = kr.leader();
        assertThat(yoon.name()).isEqualTo("Yoon Suk Yeol");
        assertThat(yoon.since()).isEqualTo(LocalDate.of(2022, 5, 10));
        assertThat(yoon.termEnds()).isEqualTo(LocalDate.of(2027, 5, 9));
        assertThat(yoon.reelectable()).isFalse();
        assertThat(yoon.approval()).isEqualTo(0.35);
        assertThat(yoon.approvalTrend()).isEqualTo(Trend.FLAT);
        assertThat(yoon.stance()).isEqualTo(Stance.CHAMPION);
        assertThat(s.parties().get("JP").leader().approvalTrend()).isEqualTo(Trend.RISING);
        assertThat(s.parties().get("JP").regime()).isEqualTo(Regime.DEMOCRACY); // default

        assertThat(s.threats()).hasSize(3);
        assertThat(s.threats().get(1).source()).isEqualTo("China military assertiveness");
        assertThat(s.threats().get(1).severity()).isEqualTo(Severity.HIGH);
        assertThat(s.threats().get(2).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(s.threats().get(0).sharedBy()).containsExactly("KR", "JP");

        assertThat(s.commitments()).extracting("id").containsExactly("kr-foundation-pays", "jp-firms-contribute",
                "obuchi-apology-upheld", "export-control-talks", "wto-case-dropped");
        var firms = s.commitments().get(1);
        assertThat(firms.voluntary()).isTrue();
        assertThat(firms.chance()).isEqualTo(0.35);
        assertThat(firms.due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(s.commitments().get(2).status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(s.commitments().get(2).chance()).isEqualTo(1.0); // default for a fulfilled commitment

        assertThat(s.cooperation()).extracting("kind").containsExactly(CooperationKind.MILITARY_EXERCISE,
                CooperationKind.DIALOGUE, CooperationKind.JOINT_STATEMENT, CooperationKind.DIALOGUE);
        assertThat(s.precedents().get(0).outcome()).isEqualTo(PrecedentOutcome.REPUDIATED);
        assertThat(s.precedents().get(0).cause()).isEqualTo("leader-change");
        assertThat(s.precedents().get(0).year()).isEqualTo(2017);

        assertThat(s.events()).hasSize(2);
        var presidential = s.events().get(1);
        assertThat(presidential.kind()).isEqualTo(EventKind.ELECTION);
        assertThat(presidential.decidesLeader()).isTrue();
        assertThat(presidential.outcomes()).containsExactly(entry("government-wins", 0.5), entry("opposition-wins", 0.5));
        assertThat(presidential.successorStance()).containsExactly(entry(Stance.SUPPORTIVE, 0.3),
                entry(Stance.SKEPTICAL, 0.4), entry(Stance.HOSTILE, 0.3));

        assertThat(s.variants().keySet()).containsExactly("no-japanese-money", "us-brokered", "late-in-term");
        assertThat(s.variants().get("us-brokered").description()).startsWith("Washington brokers");
        assertThat(s.expect().verdict()).isEqualTo(Verdict.DURABLE);
        assertThat(s.expect().score().min()).isEqualTo(60.0);
        assertThat(s.expect().survival().min()).isEqualTo(0.5);
    }

    @Test
    void aMinimalScenarioIsValidWithDefaults() {
        Scenario s = new ScenarioLoader().parse("minimal.yaml", """
                id: minimal
                asOf: 2024-01-01
                agreement: { name: Deal }
                parties:
                  A: { leader: { name: Ann } }
                """).base();

        assertThat(s.title()).isEqualTo("minimal");
        assertThat(s.horizon()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(s.agreement().form()).isEqualTo(Form.POLITICAL_DEAL);
        assertThat(s.agreement().ratified()).isFalse();
        assertThat(s.agreement().brokered()).isFalse();
        assertThat(s.agreement().signed()).isNull();
        Party a = s.parties().get("A");
        assertThat(a.code()).isEqualTo("A");
        assertThat(a.regime()).isEqualTo(Regime.DEMOCRACY);
        assertThat(a.earlyExitChance()).isZero();
        assertThat(a.publicSupport()).isEqualTo(0.5);
        assertThat(a.opposition().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(a.opposition().controlsLegislature()).isFalse();
        assertThat(a.leader().approval()).isEqualTo(0.5);
        assertThat(a.leader().approvalTrend()).isEqualTo(Trend.FLAT);
        assertThat(a.leader().stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat(a.leader().termEnds()).isNull();
        assertThat(s.threats()).isEmpty();
        assertThat(s.commitments()).isEmpty();
        assertThat(s.events()).isEmpty();
        assertThat(s.variants()).isEmpty();
        assertThat(s.expect()).isNull();
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        Scenario s = new ScenarioLoader().parse("crlf.yaml",
                "\uFEFFid: crlf\r\nasOf: 2024-01-01\r\nagreement: {}\r\nparties:\r\n  A: { leader: { name: Ann } }\r\n").base();
        assertThat(s.id()).isEqualTo("crlf");
    }
}
