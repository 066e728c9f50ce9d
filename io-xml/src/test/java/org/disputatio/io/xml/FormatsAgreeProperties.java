package org.disputatio.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.disputatio.io.EventFormat;
import org.disputatio.model.Event;

/**
 * Text from the whole of Unicode — controls, noncharacters, lone surrogates, private use,
 * supplementary characters — in a title, a printed name and an id: the validator passes it exactly
 * when both writers write it, and what they write both readers read back as it was (issue #15).
 */
class FormatsAgreeProperties {

    /** Any UTF-16 unit, supplementary characters as pairs, and the edges that break formats. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unit = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> edges = Arbitraries.of("\u0000", "\t", "\n", "\r", "\u000B", "\u001F", "\u007F", "\u0085",
                "\uD800", "\uDFFF", "\uFDD0", "\uFFFE", "\uFFFF", "\uFEFF", "\u2028", " ", "&", "<", "]]>", "\"");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(6, unit), Tuple.of(2, supplementary), Tuple.of(3, edges));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 400)
    void aTitleIsWrittenExactlyWhenItValidates(@ForAll("anyText") String text) {
        agree("x" + text, FormatsAgreeTest::titled);
    }

    @Property(tries = 300)
    void aPrintedNameIsWrittenExactlyWhenItValidates(@ForAll("anyText") String text) {
        agree("x" + text, FormatsAgreeTest::withPrintedName);
    }

    @Property(tries = 300)
    void anIdIsWrittenExactlyWhenItValidates(@ForAll("anyText") String text) {
        agree("x" + text, id -> FormatsAgreeTest.event(id).build());
    }

    private static void agree(String text, Function<String, Event> place) {
        Event event = place.apply(text);
        boolean valid = FormatsAgreeTest.writableText(event).isEmpty();
        for (EventFormat format : FormatsAgreeTest.FORMATS) {
            Event back = FormatsAgreeTest.roundTrip(format, event);
            assertEquals(valid, back != null, () -> format.name() + ": the validator " + (valid ? "passes" : "refuses")
                    + " it, the writer " + (back != null ? "writes" : "refuses") + " it");
            if (back != null) {
                assertEquals(event, back, format.name());
            }
        }
    }
}
