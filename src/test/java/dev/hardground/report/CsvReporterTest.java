package dev.hardground.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells from scenario text cannot become spreadsheet formulas. */
class CsvReporterTest {
    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedButNumbersStayNumbers() {
        assertThat(CsvReporter.quote("=HYPERLINK(\"http://x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvReporter.quote("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvReporter.quote("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvReporter.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReporter.quote("\tx")).isEqualTo("'\tx");
        assertThat(CsvReporter.quote("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvReporter.quote("-3.5")).isEqualTo("-3.5");
        assertThat(CsvReporter.quote("+12")).isEqualTo("+12");
        assertThat(CsvReporter.quote("-1e-3")).isEqualTo("-1e-3");
        assertThat(CsvReporter.quote("deal")).isEqualTo("deal");
    }}
