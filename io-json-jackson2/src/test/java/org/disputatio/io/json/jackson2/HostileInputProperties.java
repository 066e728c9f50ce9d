package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.model.Event;

/**
 * No input makes the module fail other than with Jackson's own exceptions: broken copies of the
 * golden files and of a small event, read as text and as bytes, by a strict and a lenient mapper,
 * either read or are refused with a {@link JsonProcessingException}; never a
 * NullPointerException or any other runtime exception. A document that starts as an object is
 * the module's to refuse, with the path, line and column in the message.
 */
class HostileInputProperties {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new DisputatioJackson2Module());
    private static final ObjectMapper LENIENT = new ObjectMapper().registerModule(new DisputatioJackson2Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String SMALL = "{\"formatVersion\": 1, \"id\": \"e\", \"kind\": \"seminar\", \"title\": "
            + "{\"en\": \"T\"}, \"languages\": [\"en\"], \"startDate\": \"2017-04-06\", \"endDate\": \"2017-04-06\", "
            + "\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"F\", \"family\": \"F\"}}], "
            + "\"links\": [{\"url\": \"https://example.org\", \"languageCount\": 2}]}";

    /** What a mutation puts in: JSON's own characters, and values of the wrong kind. */
    private static final List<String> INSERTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1",
            "-1.5e3", "99999999999999999999", "{}", "[]", "\"x\"", "\"\\u0000\"", "\"\\ud800\"", "\u0000", "\u00e9",
            "\"formatVersion\": 1, ", "\"id\": ", "\"title\": {\"en\": ", "\"people\": [", "/*", " ");

    @Property(tries = 400)
    void brokenDocumentsAreReadOrRefusedWithJacksonsExceptions(@ForAll("brokenDocuments") String document) {
        for (ObjectMapper mapper : List.of(STRICT, LENIENT)) {
            check(document, () -> mapper.readValue(document, Event.class));
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            check(document, () -> mapper.readValue(bytes, Event.class));
        }
    }

    private interface Read {
        Object read() throws Exception;
    }

    private static void check(String document, Read read) {
        try {
            read.read();
        } catch (JsonProcessingException e) {
            boolean ours = document.startsWith("{") && !document.startsWith("{\u0000");
            if (ours && e instanceof MismatchedInputException) {
                assertTrue(e.getOriginalMessage().matches("(?s).* \\(at .*, line \\d+, column \\d+\\)"),
                        e.getOriginalMessage());
            } else if (ours) {
                fail("not reported through the context: " + e, e);
            }
        } catch (Exception e) {
            fail("a document makes the module fail with " + e, e);
        }
    }

    @Provide
    Arbitrary<String> brokenDocuments() {
        Arbitrary<String> base = Arbitraries.of(SMALL, Golden.text("saint-cyr-2014"), Golden.text("unesco-2017"));
        return Combinators.combine(base, Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 40), Arbitraries.of(INSERTS), Arbitraries.integers().between(0, 3))
                .as((text, at, length, insert, kind) -> mutate(text, at % (text.length() + 1), length, insert, kind));
    }

    /** Deletes a slice, inserts a piece, replaces a slice with it, or cuts the document short. */
    private static String mutate(String text, int at, int length, String insert, int kind) {
        int end = Math.min(text.length(), at + length);
        switch (kind) {
            case 0: return text.substring(0, at) + text.substring(end);
            case 1: return text.substring(0, at) + insert + text.substring(at);
            case 2: return text.substring(0, at) + insert + text.substring(end);
            default: return text.substring(0, at);
        }
    }
}
