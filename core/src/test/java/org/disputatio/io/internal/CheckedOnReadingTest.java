package org.disputatio.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.validation.EventValidator;
import org.junit.jupiter.api.Test;

class CheckedOnReadingTest {

    private static Event withNul() {
        return Event.builder("e").kind(EventKind.SEMINAR).dates(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 4))
                .title(LocalizedText.of("en", "a\u0000b")).build();
    }

    private static List<String> writableText(Event event) {
        return EventValidator.english().validate(event).findings().stream()
                .filter(f -> f.constraint().equals("writable-text")).map(f -> f.path()).toList();
    }

    @Test
    void validationTrustsTheVeryEventAReaderVouchedFor() {
        Event vouched = CheckedOnReading.vouch(withNul());
        assertTrue(CheckedOnReading.vouchedFor(vouched));
        // only a reader that refused such text may vouch; this one lies, and is believed
        assertEquals(List.of(), writableText(vouched));
    }

    @Test
    void anEqualEventOrOneBuiltFromItIsScanned() {
        Event vouched = CheckedOnReading.vouch(withNul());
        Event equal = withNul();
        assertEquals(vouched, equal);
        assertFalse(CheckedOnReading.vouchedFor(equal));
        assertEquals(List.of("title"), writableText(equal));
        Event rebuilt = vouched.toBuilder().build();
        assertFalse(CheckedOnReading.vouchedFor(rebuilt));
        assertEquals(List.of("title"), writableText(rebuilt));
    }

    @Test
    void vouchingReturnsTheEventItself() {
        Event event = withNul();
        assertSame(event, CheckedOnReading.vouch(event));
        assertSame(event, CheckedOnReading.vouch(event));
        assertTrue(CheckedOnReading.vouchedFor(event));
    }
}
