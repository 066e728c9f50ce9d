package org.disputatio.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jqwik is an optional dependency: nothing outside the {@code jqwik} package may refer to it, so
 * that a user who takes the assertions alone never loads a jqwik class.
 */
class AssertionsNeedNoJqwikTest {

    @Test
    void onlyTheJqwikPackageRefersToJqwik() throws IOException {
        Path classes = Path.of("target/classes/org/disputatio/testkit");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertTrue(files.size() > 5, () -> "compiled classes expected in " + classes);
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            boolean inJqwikPackage = classes.relativize(file).startsWith("jqwik");
            if (!inJqwikPackage) {
                assertFalse(bytes.contains("net/jqwik"), () -> file + " refers to jqwik");
            }
        }
    }

    @Test
    void thePomDeclaresJqwikOptional() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        int jqwik = pom.indexOf("<artifactId>jqwik</artifactId>");
        assertTrue(jqwik > 0, "jqwik is a dependency");
        String rest = pom.substring(jqwik, pom.indexOf("</dependency>", jqwik));
        assertTrue(rest.contains("<optional>true</optional>"), rest);
    }
}
