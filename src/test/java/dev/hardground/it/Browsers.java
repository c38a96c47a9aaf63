package dev.hardground.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the system programs browser tests need (Debian's {@code chromium}, {@code chromedriver}). Where one
 * is missing the test is skipped with a message saying how to install it, so {@code mvn verify} passes on a
 * machine with only JDK 17 and Maven; under {@code CI=true} (where {@code .ci/run} installs them) a missing
 * program fails the test instead, so CI can never pass by skipping.
 */
final class Browsers {
    private Browsers() {
    }

    /** Headless Chromium on the PATH. */
    static Path chromium() {
        return program("chromium", List.of("chromium", "chromium-browser"), "chromium");
    }

    /** ChromeDriver on the PATH, for tests that drive the browser through WebDriver. */
    static Path chromedriver() {
        return program("chromedriver", List.of("chromedriver"), "chromium-driver");
    }

    private static Path program(String what, List<String> names, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        String message = what + " was not found on the PATH; install it with 'apt-get install -y " + debianPackage
                + "' (.ci/run does this before mvn verify)";
        if ("true".equals(System.getenv("CI"))) {
            return fail("CI=true but " + message);
        }
        // Failsafe reports a class aborted in @BeforeAll as "Tests run: 0" with no reason; written here, the reason is
        // in the class's target/failsafe-reports/<class>-output.txt.
        System.err.println("[browser tests] skipped: " + message);
        Assumptions.abort("skipped: " + message);
        return null;
    }
}
