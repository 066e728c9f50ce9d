package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.disputatio.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void theSampleValidatesWithTheWarningItShowsAndPrintsIt() {
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ValidationReport report;
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            report = QuickStart.buildAndValidate().report();
        } finally {
            System.setOut(console);
        }
        String expected = "0 errors, 1 warning\n"
                + "WARNING programme.days[0].items[0].title: missing translation: fr\n";
        assertEquals(expected, report.toText());
        assertEquals(expected, printed.toString(StandardCharsets.UTF_8), "what the sample prints, as the README shows");
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/disputatio/examples/QuickStart.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("        // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(dedented), () -> "README.md must contain the QuickStart sample verbatim:\n" + dedented);
    }
}
