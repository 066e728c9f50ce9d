package org.disputatio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.Participation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Speaker;

/**
 * The same agenda as an iCalendar (RFC 5545) file, for the ical4j and biweekly readers to parse:
 * a VTIMEZONE for the event's zone and one VEVENT per timed item, with TZID, SUMMARY,
 * DESCRIPTION and an ATTENDEE per participant. Written by hand here (the export issue will
 * write it with a library); lines are escaped and folded at 75 octets as the RFC requires.
 */
final class ICalendarPayload {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private ICalendarPayload() {
    }

    static byte[] of(Event event) {
        String zone = event.timeZone().map(Object::toString).orElse("Europe/Paris");
        StringBuilder ics = new StringBuilder(1 << 16);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Disputatio//Benchmarks//EN");
        line(ics, "CALSCALE:GREGORIAN");
        timeZone(ics, zone);
        String language = event.languages().isEmpty() ? "en" : event.languages().get(0);
        for (ProgrammeDay day : event.programme().days()) {
            for (AgendaItem item : day.items()) {
                if (item.start().isEmpty()) {
                    continue;
                }
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:" + event.id() + "/" + item.id() + "@disputatio.invalid");
                line(ics, "DTSTAMP:20261201T000000Z");
                line(ics, "DTSTART;TZID=" + zone + ":" + local(day.date(), item.start().get()));
                item.end().ifPresent(end -> line(ics, "DTEND;TZID=" + zone + ":" + local(day.date(), end)));
                line(ics, "SUMMARY:" + escape(item.title().resolve(language).orElse(item.kind().code())));
                item.description().resolve(language)
                        .ifPresent(description -> line(ics, "DESCRIPTION:" + escape(description)));
                for (Participation participation : item.participants()) {
                    String name = event.person(participation.person()).map(Speaker::displayName)
                            .orElse(participation.person());
                    line(ics, "ATTENDEE;CN=\"" + name.replace("\"", "'") + "\";ROLE=REQ-PARTICIPANT;X-ROLE="
                            + participation.role() + ":mailto:" + participation.person() + "@disputatio.invalid");
                }
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The zone's current rules as a VTIMEZONE (EU daylight saving, which the payloads use). */
    private static void timeZone(StringBuilder ics, String zone) {
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + zone);
        line(ics, "BEGIN:DAYLIGHT");
        line(ics, "TZOFFSETFROM:+0100");
        line(ics, "TZOFFSETTO:+0200");
        line(ics, "TZNAME:CEST");
        line(ics, "DTSTART:19700329T020000");
        line(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line(ics, "END:DAYLIGHT");
        line(ics, "BEGIN:STANDARD");
        line(ics, "TZOFFSETFROM:+0200");
        line(ics, "TZOFFSETTO:+0100");
        line(ics, "TZNAME:CET");
        line(ics, "DTSTART:19701025T030000");
        line(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
    }

    private static String local(LocalDate date, LocalTime time) {
        return LOCAL.format(date.atTime(time));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets, without splitting a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
