package dev.hardground.cli;

import dev.hardground.model.Diagnostic;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard output as the terminal sees it: every control character that scenario or rule text could carry
 * (escape sequences, a lone carriage return, backspace) is shown as '?' by {@link Diagnostic#printable}, as in
 * error messages, so that no input can drive the terminal. Line breaks ({@code \n}, and {@code \r\n} as CSV
 * writes it) and tabs pass. JSON needs nothing here: it escapes control characters itself.
 */
final class PrintableWriter extends FilterWriter {
    private boolean pendingReturn;

    PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write(c == '\n' ? "\r" : "?");
        }
        if (c == '\r') {
            pendingReturn = true;
        } else if (c >= ' ' && c < 0x7F || c == '\n' || c == '\t') {
            out.write(c);
        } else {
            out.write(Diagnostic.printable(String.valueOf((char) c)));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write('?');
        }
        super.close();
    }
}
