package dev.hardground.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PossessiveTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "Japan                                     | Japan's opposition",
            "Republic of Korea                         | Republic of Korea's opposition",
            "United States                             | the opposition of the United States",
            "Philippines                               | the opposition of the Philippines",
            "the Philippines                           | the opposition of the Philippines",
            "Netherlands                               | the opposition of the Netherlands",
            "Union of Soviet Socialist Republics       | the opposition of the Union of Soviet Socialist Republics",
            "Cyprus                                    | the opposition of Cyprus",
            "HAMAS                                     | the opposition of HAMAS"})
    void aNameEndingInSTakesTheRatherThanApostropheS(String name, String expected) {
        assertThat(new Ledger().possessive(name, "opposition")).isEqualTo(expected).doesNotContain("s's");
    }
}
