package dev.hardground.it;

import dev.hardground.report.OutputFile;
import java.nio.file.Path;
import java.util.List;

/** Run by {@link AtomicWriteIT} in its own JVM: rewrites one report file forever, until it is killed. */
public final class AtomicWriteVictim {
    private AtomicWriteVictim() {
    }

    /** The two versions of the report the victim alternates between; each is large enough to take a while. */
    static String version(char c) {
        return String.valueOf(c).repeat(20 * 1024 * 1024);
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        String a = version('a');
        String b = version('b');
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            OutputFile.write(target, i % 2 == 0 ? a : b, List.of());
        }
    }
}
