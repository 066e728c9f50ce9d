package org.disputatio.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What an export could not carry, each loss worded for a person and named by a stable code for
 * programs and tests: {@code iCalendar: 3 untimed items omitted; roles flattened into DESCRIPTION;
 * French text dropped (language chosen: en); provenance not exported}. Immutable.
 *
 * @param format the name of the format exported to ({@link EventExporter#name()})
 * @param losses what it could not carry, in the order found; empty if it carried everything
 */
public record ExportReport(String format, List<Loss> losses) {

    /**
     * One kind of thing an export left out or flattened.
     *
     * @param code a stable name of the kind of loss, in lower case with hyphens
     *     ({@code untimed-items}), for programs and tests
     * @param text the loss in English words, with its count where it has one
     *     ({@code 3 untimed items omitted})
     */
    public record Loss(String code, String text) {
        /**
         * Checks that neither part is null or blank.
         *
         * @param code the code
         * @param text the words
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if a part is blank
         */
        public Loss {
            requireText(code, "code");
            requireText(text, "text");
        }
    }

    /**
     * Checks the parts and copies the list.
     *
     * @param format the format's name
     * @param losses the losses
     * @throws NullPointerException if a part or a loss is null
     * @throws IllegalArgumentException if the format's name is blank
     */
    public ExportReport {
        requireText(format, "format");
        losses = List.copyOf(losses);
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is blank");
        }
    }

    /**
     * Whether the export carried everything.
     *
     * @return true if there is no loss
     */
    public boolean isLossless() {
        return losses.isEmpty();
    }

    /**
     * The codes of the losses, in order: what a test pins.
     *
     * @return the codes
     */
    public List<String> codes() {
        List<String> codes = new ArrayList<>(losses.size());
        losses.forEach(loss -> codes.add(loss.code()));
        return codes;
    }

    /**
     * The report on one line: the format, then each loss, separated by semicolons.
     *
     * @return {@code iCalendar: 3 untimed items omitted; provenance not exported}, or
     *     {@code iCalendar: nothing lost}
     */
    public String toText() {
        if (losses.isEmpty()) {
            return format + ": nothing lost";
        }
        StringJoiner text = new StringJoiner("; ", format + ": ", "");
        losses.forEach(loss -> text.add(loss.text()));
        return text.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
