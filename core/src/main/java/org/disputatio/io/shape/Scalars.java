package org.disputatio.io.shape;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.EventKind;
import org.disputatio.model.Sector;

/**
 * The scalar value types of the formats: how each is spelled, and what a reader says when a
 * spelling is wrong. Every format reads and writes scalars through these, so a date, a code or
 * a time zone is checked the same way everywhere.
 */
public final class Scalars {

    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /** Any text, as is. */
    public static final ValueType.Scalar<String> STRING = new ValueType.Scalar<>("string", false, s -> s, s -> s);

    /** A code of an open vocabulary: lower case, words joined by hyphens ({@code keynote-speaker}). */
    public static final ValueType.Scalar<String> CODE = new ValueType.Scalar<>("code", false, Scalars::code,
            Scalars::checkCode);

    /** An ISO date: {@code 2017-04-06}. */
    public static final ValueType.Scalar<LocalDate> DATE = new ValueType.Scalar<>("date", false, Scalars::date,
            LocalDate::toString);

    /** An ISO local time: {@code 09:30}. */
    public static final ValueType.Scalar<LocalTime> TIME = new ValueType.Scalar<>("time", false, Scalars::time,
            LocalTime::toString);

    /** An IANA time zone id ({@code Europe/Paris}); offsets such as {@code +01:00} are not time zones. */
    public static final ValueType.Scalar<ZoneId> ZONE = new ValueType.Scalar<>("time zone", false, Scalars::zone,
            Scalars::zoneId);

    /** A URL (any URI reference). */
    public static final ValueType.Scalar<URI> URL = new ValueType.Scalar<>("URL", false, Scalars::uri, URI::toString);

    /** A 32-bit integer. */
    public static final ValueType.Scalar<Integer> INTEGER = new ValueType.Scalar<>("integer", true, Scalars::integer,
            String::valueOf);

    /** The format version: the integer {@value #FORMAT_VERSION}, refused otherwise. */
    public static final ValueType.Scalar<Integer> FORMAT_VERSION_NUMBER = new ValueType.Scalar<>("format version",
            true, Scalars::formatVersion, String::valueOf);

    /** A weekday as its lower-case English name: {@code thursday}. */
    public static final ValueType.Scalar<DayOfWeek> WEEKDAY = vocabulary("weekday", DayOfWeek.values(),
            Scalars::weekday, day -> day.name().toLowerCase(Locale.ROOT));

    /** The kind of an event: a code of the open vocabulary {@link EventKind}. */
    public static final ValueType.Scalar<EventKind> EVENT_KIND = new ValueType.Scalar<>("event kind", false,
            text -> EventKind.of(code(text)), kind -> checkCode(kind.code()));

    /** The kind of an agenda item: a code of the open vocabulary {@link AgendaItemKind}. */
    public static final ValueType.Scalar<AgendaItemKind> ITEM_KIND = new ValueType.Scalar<>("agenda item kind", false,
            text -> AgendaItemKind.of(code(text)), kind -> checkCode(kind.code()));

    /** A sector: a code of the open vocabulary {@link Sector}. */
    public static final ValueType.Scalar<Sector> SECTOR = new ValueType.Scalar<>("sector", false,
            text -> Sector.of(code(text)), sector -> checkCode(sector.code()));

    private Scalars() {
    }

    /**
     * A closed vocabulary: an enum spelled by its codes.
     *
     * @param <V> the enum
     * @param name what the value is, in words
     * @param values every value, in order
     * @param fromCode the enum's {@code fromCode}, which refuses an unknown code with a message
     *     listing the known ones
     * @param code the enum's {@code code}
     * @return the type, whose {@link ValueType.Scalar#codes() codes} are the values' codes
     */
    public static <V> ValueType.Scalar<V> vocabulary(String name, V[] values, Function<String, V> fromCode,
            Function<V, String> code) {
        List<String> codes = new ArrayList<>(values.length);
        for (V value : values) {
            codes.add(code.apply(value));
        }
        return new ValueType.Scalar<>(name, false, fromCode, code, codes);
    }

    /**
     * A value as it may appear in a message: at most 60 characters, cut with "..." beyond.
     *
     * @param value the value
     * @return it, or its beginning
     */
    public static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    private static String code(String text) {
        if (!ValueSyntax.isCode(text)) {
            throw new IllegalArgumentException("expected a code in lower case with hyphens, such as "
                    + "\"keynote-speaker\", got \"" + abbreviate(text) + "\"");
        }
        return text;
    }

    private static String checkCode(String code) {
        if (!ValueSyntax.isCode(code)) {
            throw new IllegalArgumentException("\"" + abbreviate(code) + "\" is not a code: codes are in lower case "
                    + "with hyphens, such as keynote-speaker");
        }
        return code;
    }

    private static LocalDate date(String text) {
        try {
            return ValueSyntax.date(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expected a date such as 2017-04-06, got \"" + abbreviate(text) + "\"");
        }
    }

    private static LocalTime time(String text) {
        try {
            return ValueSyntax.time(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expected a time such as 09:30, got \"" + abbreviate(text) + "\"");
        }
    }

    private static ZoneId zone(String text) {
        if (!ValueSyntax.isZoneId(text)) {
            throw new IllegalArgumentException("expected an IANA time zone such as Europe/Paris, got \""
                    + abbreviate(text) + "\"");
        }
        return ZoneId.of(text);
    }

    private static String zoneId(ZoneId zone) {
        String id = zone.getId();
        if (!ValueSyntax.isZoneId(id)) {
            throw new IllegalArgumentException(id + " is not an IANA time zone id such as Europe/Paris: "
                    + "the formats take time zones, not offsets");
        }
        return id;
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected a URL, got \"" + abbreviate(text) + "\": " + e.getReason());
        }
    }

    /** An optional minus and ASCII digits; no plus sign, no spaces, no leading "0x". */
    private static Integer integer(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        boolean digits = text.length() > start;
        for (int i = start; i < text.length() && digits; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            throw new IllegalArgumentException("expected an integer, got \"" + abbreviate(text) + "\"");
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("integer out of range, got \"" + abbreviate(text) + "\"");
        }
    }

    private static Integer formatVersion(String text) {
        int version = integer(text);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported formatVersion " + version + "; this reader reads version "
                    + FORMAT_VERSION);
        }
        return version;
    }

    private static DayOfWeek weekday(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + code + "' (expected one of: monday, tuesday, "
                + "wednesday, thursday, friday, saturday, sunday)");
    }
}
