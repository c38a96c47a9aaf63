package dev.hardground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of writing a report, many times, at different moments, and checks what is
 * left: the old file or the new one, whole, never a partial one.
 */
class AtomicWriteIT {
    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesTheOldFileOrTheNewOneNeverAPart() throws Exception {
        Path target = dir.resolve("report.json");
        String classpath = "target/hardground.jar" + java.io.File.pathSeparator + "target/test-classes";
        long expectedSize = AtomicWriteVictim.version('a').length();
        int seenWhole = 0;
        for (int round = 0; round < 8; round++) {
            Process victim = new ProcessBuilder("java", "-cp", classpath, AtomicWriteVictim.class.getName(),
                    target.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            // Each write is flushed to disk before its rename (fsync), so the first one needs a moment to land.
            Thread.sleep(400 + round * 97L);
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

            if (Files.exists(target)) {
                byte[] bytes = Files.readAllBytes(target);
                assertThat(bytes.length).as("round %d: a whole file", round).isEqualTo(expectedSize);
                byte first = bytes[0];
                assertThat(first == 'a' || first == 'b').isTrue();
                for (byte b : bytes) {
                    if (b != first) {
                        throw new AssertionError("round " + round + ": a file mixing two versions");
                    }
                }
                seenWhole++;
            }
        }
        assertThat(seenWhole).as("the victim got to write in most rounds").isGreaterThanOrEqualTo(4);
    }
}
