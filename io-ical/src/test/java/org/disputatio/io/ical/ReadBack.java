package org.disputatio.io.ical;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The exported text as the two Java iCalendar libraries read it. */
final class ReadBack {

    private ReadBack() {
    }

    /** ical4j, the library that did not write it. */
    static Calendar ical4j(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse the export: " + e.getMessage() + "\n" + text, e);
        }
    }

    static List<VEvent> ical4jEvents(String text) {
        return ical4j(text).getComponents("VEVENT");
    }

    static String property(VEvent event, String name) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(name).map(net.fortuna.ical4j.model.Property::getValue)
                .orElse(null);
    }

    /** The value of DTSTART, as ical4j reads it: a date, a zoned or a floating date-time. */
    static java.time.temporal.Temporal start(VEvent event) {
        return event.<net.fortuna.ical4j.model.property.DtStart<?>>getProperty("DTSTART").orElseThrow().getDate();
    }

    /** The value of DTEND, as ical4j reads it. */
    static java.time.temporal.Temporal end(VEvent event) {
        return event.<net.fortuna.ical4j.model.property.DtEnd<?>>getProperty("DTEND").orElseThrow().getDate();
    }

    /** biweekly, the library that wrote it; it reads times through the VTIMEZONE in the file. */
    static ICalendar biweekly(String text) {
        List<ICalendar> calendars = Biweekly.parse(text).all();
        if (calendars.size() != 1) {
            throw new AssertionError("biweekly reads " + calendars.size() + " calendars");
        }
        return calendars.get(0);
    }
}
