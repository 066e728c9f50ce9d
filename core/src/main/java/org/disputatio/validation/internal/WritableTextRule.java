package org.disputatio.validation.internal;

import java.util.function.BiConsumer;
import org.disputatio.io.internal.CheckedOnReading;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Checks the rule {@code writable-text}: every string of the event (ids and references, names,
 * codes, every translation and its language tag) holds only characters every format can write
 * ({@link ValueSyntax#firstUnwritable}) and is no longer than every reader accepts by default
 * ({@link ValueSyntax#MAX_WRITTEN_STRING}, {@link ValueSyntax#MAX_WRITTEN_TAG} for a language
 * tag), so that a writer never finds a problem validation missed. The texts and every other
 * string a format writes as it is held are checked in the one pass over texts the text rules
 * share ({@link Texts}), which follows the shapes the writers follow; the path is built only for
 * a finding. An event that a reader of this library made, having refused every such string as it
 * read them ({@link CheckedOnReading}), is not scanned a second time.
 */
public final class WritableTextRule extends TextRule {

    /** The texts, in the one pass over texts that the text rules share. */
    @Override
    Texts.Visitor visitor(Event event, Sink sink) {
        if (CheckedOnReading.vouchedFor(event)) {
            return null; // its reader refused what this rule reports
        }
        return new Texts.Visitor() {
            /** Scans one text's translations; reused, so that a good text costs no allocation. */
            private final Scan scan = new Scan();

            @Override
            public boolean wants(LocalizedText text, boolean forReaders) {
                if (text.isEmpty()) {
                    return false;
                }
                scan.bad = false;
                text.forEach(scan);
                return scan.bad;
            }

            @Override
            public void visit(PropertyPath path, LocalizedText text, boolean forReaders) {
                text.forEach((tag, translation) -> {
                    report(sink, path, tag, "WritableText.tag", tag, ValueSyntax.MAX_WRITTEN_TAG);
                    report(sink, path, translation, "WritableText.translation", tag, ValueSyntax.MAX_WRITTEN_STRING);
                });
            }
        };
    }

    /** Whether any tag or translation of a text holds a character no format can write. */
    private static final class Scan implements BiConsumer<String, String> {
        boolean bad;

        @Override
        public void accept(String tag, String translation) {
            if (!bad && (tag.length() > ValueSyntax.MAX_WRITTEN_TAG
                    || translation.length() > ValueSyntax.MAX_WRITTEN_STRING
                    || ValueSyntax.firstUnwritable(tag) >= 0 || ValueSyntax.firstUnwritable(translation) >= 0)) {
                bad = true;
            }
        }
    }

    /**
     * Reports a string no format can hold: a character none can write, or a length past what the
     * readers accept by default (the writers refuse both, so validation says so first).
     *
     * @param limit the longest such a string may be: {@link ValueSyntax#MAX_WRITTEN_TAG} for a
     *     language tag, {@link ValueSyntax#MAX_WRITTEN_STRING} for any other string
     */
    private static void report(Sink sink, PropertyPath path, String value, String key, String tag, int limit) {
        int bad = ValueSyntax.firstUnwritable(value);
        if (bad >= 0) {
            sink.add(path, key, "tag", tag, "character", ValueSyntax.describeUnwritable(value, bad));
        } else if (value.length() > limit) {
            sink.add(path, key + ".tooLong", "tag", tag, "length", value.length(), "limit", limit);
        }
    }

    /** Every other string the formats write: ids, references, names, codes, URLs. */
    @Override
    Texts.StringVisitor stringVisitor(Event event, Sink sink) {
        if (CheckedOnReading.vouchedFor(event)) {
            return null;
        }
        return new Texts.StringVisitor() {
            @Override
            public boolean wants(String value) {
                return value.length() > ValueSyntax.MAX_WRITTEN_STRING || ValueSyntax.firstUnwritable(value) >= 0;
            }

            @Override
            public void visit(PropertyPath path, String value) {
                report(sink, path, value, "WritableText.text", null, ValueSyntax.MAX_WRITTEN_STRING);
            }
        };
    }
}
