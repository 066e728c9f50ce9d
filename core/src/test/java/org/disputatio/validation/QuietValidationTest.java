package org.disputatio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Validating prints nothing: no {@code HV000001} version line, no log of any kind. Checked in a
 * fresh JVM, since a log line printed when a class is first loaded shows only once per JVM.
 */
class QuietValidationTest {

    /** Validates a small event and prints its report's summary line: what the child JVM runs. */
    public static final class ValidateOnce {
        public static void main(String[] args) {
            ValidationReport report = EventValidator.english().validate(SmallEvents.valid());
            System.out.print(report.toText().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void validatingAnEventWritesNothingToStandardError() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ValidateOnce.class.getName())).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
        assertEquals("", new String(err, StandardCharsets.UTF_8));
        assertEquals("0 errors, 0 warnings", new String(out, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue());
    }
}
