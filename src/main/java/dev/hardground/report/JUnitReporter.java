package dev.hardground.report;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.analysis.BatchStatus;
import dev.hardground.model.Diagnostic;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A batch as JUnit XML in the common Ant/Jenkins format that CI servers read: one {@code testsuite} per
 * scenario file, one {@code testcase} per scenario-variant; a failed expectation is a {@code failure} whose
 * message states expected and actual, an invalid file or variant an {@code error} with its diagnostics, a
 * scenario-variant with no expectation {@code skipped} (it was scored, but nothing was checked). Each test case
 * names the file and the line of its {@code expect:} block, takes the time it really took (the only part that
 * differs between two runs of the same batch) and carries its score, verdict and survival in {@code system-out}.
 */
public final class JUnitReporter {
    private JUnitReporter() {
    }

    public static String render(BatchResult result, String rulesHash) {
        Map<String, List<BatchRow>> byFile = result.rows().stream()
                .collect(Collectors.groupingBy(BatchRow::file, LinkedHashMap::new, Collectors.toList()));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "hardground batch");
            counts(xml, result.rows());
            for (Map.Entry<String, List<BatchRow>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue(), rulesHash);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void suite(XMLStreamWriter xml, String file, List<BatchRow> rows, String rulesHash)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(file));
        counts(xml, rows);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", "rules.hash");
        xml.writeAttribute("value", rulesHash);
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (BatchRow row : rows) {
            testcase(xml, row);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, BatchRow row) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(row.label()));
        xml.writeAttribute("classname", clean(className(row.file())));
        xml.writeAttribute("file", clean(row.file()));
        if (row.line() > 0) {
            xml.writeAttribute("line", String.valueOf(row.line()));
        }
        xml.writeAttribute("time", time(row.seconds()));
        if (row.status() == BatchStatus.SKIPPED) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean(String.join("; ", row.messages())));
        } else if (row.status() != BatchStatus.PASSED) {
            boolean error = row.status() == BatchStatus.ERROR;
            xml.writeCharacters("\n      ");
            xml.writeStartElement(error ? "error" : "failure");
            xml.writeAttribute("message", clean(String.join("; ", row.messages())));
            xml.writeAttribute("type", error ? "invalid-input" : "expectation");
            String body = error ? row.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"))
                    : String.join("\n", row.messages());
            xml.writeCharacters(clean(body));
            xml.writeEndElement();
        }
        if (row.score() != null) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(figures(row)));
            xml.writeEndElement();
        }
        if (row.status() != BatchStatus.PASSED || row.score() != null) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    /**
     * {@code score 65.6, verdict durable, survival 0.7125 (95% interval 0.7000–0.7250, Monte Carlo error)}, and
     * for ranged inputs {@code , over the ranged inputs 0.6000–0.8000 (90% of 40 input draws)}.
     */
    static String figures(BatchRow row) {
        String figures = "score " + Numbers.fixed(row.score(), 1) + ", verdict " + row.verdict().key();
        if (row.survival() != null) {
            figures += ", survival " + Numbers.fixed(row.survival().estimate(), 4) + " (95% interval "
                    + Numbers.fixed(row.survival().low(), 4) + "–" + Numbers.fixed(row.survival().high(), 4)
                    + ", Monte Carlo error)";
            if (row.inputs() != null) {
                figures += ", over the ranged inputs " + Numbers.fixed(row.inputs().low(), 4) + "–"
                        + Numbers.fixed(row.inputs().high(), 4) + " (90% of " + row.inputs().draws() + " input draws)";
            }
        }
        return figures;
    }

    private static String time(double seconds) {
        return Numbers.fixed(seconds, 3);
    }

    private static void counts(XMLStreamWriter xml, List<BatchRow> rows) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(rows.size()));
        xml.writeAttribute("failures", String.valueOf(rows.stream().filter(r -> r.status() == BatchStatus.FAILED).count()));
        xml.writeAttribute("errors", String.valueOf(rows.stream().filter(r -> r.status() == BatchStatus.ERROR).count()));
        xml.writeAttribute("skipped", String.valueOf(rows.stream().filter(r -> r.status() == BatchStatus.SKIPPED).count()));
        xml.writeAttribute("time", time(rows.stream().mapToDouble(BatchRow::seconds).sum()));
    }

    /** {@code scenarios/history/x.yaml} → {@code scenarios.history.x}: how CI servers group test cases. */
    static String className(String file) {
        String withoutExtension = file.replaceFirst("\\.ya?ml$", "");
        return withoutExtension.replace('/', '.').replace('\\', '.');
    }

    /** Drops characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }
}
