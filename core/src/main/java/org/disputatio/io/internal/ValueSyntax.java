package org.disputatio.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The syntax of the values every document format shares — codes, dates, times, time zones —
 * checked the same way by every reader and writer, and fast: readers call these once per value,
 * so each common form is recognised by hand before the general java.time parser is asked. The
 * reasons readers and writers give for the same fault are worded here too, once.
 *
 * <p>Internal: exported only to Disputatio's format modules.
 */
public final class ValueSyntax {

    /**
     * The zone ids known when this class was loaded. {@link ZoneId#getAvailableZoneIds()} builds a
     * new set of some 600 ids on every call; a zone registered later is still found, by asking again.
     */
    private static final Set<String> KNOWN_ZONES = ZoneId.getAvailableZoneIds();

    private ValueSyntax() {
    }

    /**
     * Whether this is a vocabulary code: lower-case ASCII letters and digits, in words joined by
     * single hyphens ({@code keynote-speaker}); the pattern {@code [a-z0-9]+(-[a-z0-9]+)*}.
     *
     * @param value the text to check, not null
     * @return true if it matches the pattern
     */
    public static boolean isCode(String value) {
        int length = value.length();
        if (length == 0 || value.charAt(0) == '-' || value.charAt(length - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (previous == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * An ISO date as {@link LocalDate#parse(CharSequence)} reads it; {@code 2017-04-06} is read by hand.
     *
     * @param text the text to read, not null
     * @return the date
     * @throws DateTimeException if it is not one
     */
    public static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * An ISO time as {@link LocalTime#parse(CharSequence)} reads it; {@code 09:30} and
     * {@code 09:30:15} are read by hand.
     *
     * @param text the text to read, not null
     * @return the time
     * @throws DateTimeException if it is not one
     */
    public static LocalTime time(String text) {
        int length = text.length();
        if ((length == 5 || length == 8 && text.charAt(5) == ':') && text.charAt(2) == ':') {
            int hour = digits(text, 0, 2);
            int minute = digits(text, 3, 2);
            int second = length == 8 ? digits(text, 6, 2) : 0;
            if (hour >= 0 && minute >= 0 && second >= 0) {
                return LocalTime.of(hour, minute, second);
            }
        }
        return LocalTime.parse(text);
    }

    /**
     * Whether this is a region-based time zone id the runtime knows ({@code Europe/Paris}); offsets are not.
     *
     * @param text the text to check
     * @return true if it is such a zone id
     */
    public static boolean isZoneId(String text) {
        return KNOWN_ZONES.contains(text) || ZoneId.getAvailableZoneIds().contains(text);
    }

    /** The number written by {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The index of the first character that some format of Disputatio cannot hold, or -1: the
     * C0 controls but tab, line feed and carriage return (U+0000 among them), the noncharacters
     * U+FFFE and U+FFFF, and an unpaired surrogate. XML 1.0 cannot represent them at all, not
     * even as character references; so that every document can be written in every format,
     * readers refuse them and the validator reports them. The one definition of what text may
     * hold.
     *
     * @param value any string of an event
     * @return the index of the first such character, or -1 if there is none
     */
    public static int firstUnwritable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c < 0x20 ? c == '\t' || c == '\n' || c == '\r'
                    : c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE && c < 0xFFFE;
            if (allowed) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * The character {@link #firstUnwritable} found, for a message: {@code U+0000}, or
     * {@code an unpaired surrogate U+D800}.
     *
     * @param value the string
     * @param index the index {@link #firstUnwritable} returned
     * @return the character in words
     */
    public static String describeUnwritable(String value, int index) {
        char c = value.charAt(index);
        return (Character.isSurrogate(c) ? "an unpaired surrogate " : "") + String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /**
     * Why a text is refused, in the one wording every reader and writer uses:
     * {@code the text contains U+0000, a character no format of Disputatio can hold}.
     *
     * @param what what the text is ({@code "the text"}, {@code "language tag"})
     * @param value the text
     * @param index the index {@link #firstUnwritable} returned
     * @return the reason
     */
    public static String unwritable(String what, String value, int index) {
        return what + " contains " + describeUnwritable(value, index) + ", a character no format of Disputatio can hold";
    }

    /**
     * The longest string a writer writes: the limit {@code maxStringLength} every reader has by
     * default (a test keeps the two equal). A longer id or text would be written but not read back.
     */
    public static final int MAX_WRITTEN_STRING = 1_000_000;

    /**
     * The longest language tag a writer writes: the limit {@code maxNameLength} every reader has
     * by default (a test keeps the two equal), since JSON writes a tag as a property name.
     */
    public static final int MAX_WRITTEN_TAG = 1_000;

    /**
     * Why a writer refuses a string, or null if it may write it: a character no format can hold
     * ({@link #unwritable}), or a length past what the readers accept by default
     * ({@link #MAX_WRITTEN_STRING}, {@link #MAX_WRITTEN_TAG} for a language tag).
     *
     * @param value the string about to be written
     * @param languageTag whether it is a language tag
     * @return the reason, or null
     */
    public static String unwritable(String value, boolean languageTag) {
        int bad = firstUnwritable(value);
        if (bad >= 0) {
            return unwritable("the text", value, bad);
        }
        int limit = languageTag ? MAX_WRITTEN_TAG : MAX_WRITTEN_STRING;
        if (value.length() > limit) {
            return (languageTag ? "the language tag is " : "the text is ") + value.length()
                    + " characters long, more than the limit " + (languageTag ? "maxNameLength" : "maxStringLength")
                    + " (" + limit + ") of every reader's default settings, so it would not read back";
        }
        return null;
    }

    /**
     * Whether a writer may write the string as it is: {@link #unwritable(String, boolean)} is null.
     * Cheap when it may.
     *
     * @param value the string about to be written
     * @param languageTag whether it is a language tag
     * @return true if it may be written
     */
    public static boolean writable(String value, boolean languageTag) {
        return value.length() <= (languageTag ? MAX_WRITTEN_TAG : MAX_WRITTEN_STRING) && firstUnwritable(value) < 0;
    }

    /**
     * The reason a reader gives for an object that lacks required properties, naming every one at
     * once so that a document is fixed in one run: {@code missing required properties 'a', 'b' and 'c'}.
     *
     * @param names the missing properties' names, in document order; not empty
     * @return the reason
     */
    public static String missingProperties(List<String> names) {
        List<String> quoted = new ArrayList<>(names.size());
        names.forEach(name -> quoted.add("'" + name + "'"));
        return quoted.size() == 1 ? "missing required property " + quoted.get(0)
                : "missing required properties " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
                        + quoted.get(quoted.size() - 1);
    }

    /**
     * The reason a strict reader gives for a property the object does not have.
     *
     * @param name the property found
     * @param known the properties the object has, in document order
     * @return {@code unknown property 'x' (expected one of: a, b)}
     */
    public static String unknownProperty(String name, List<String> known) {
        return "unknown property '" + name + "' (expected one of: " + String.join(", ", known) + ")";
    }
}
