/**
 * Exports events to iCalendar (RFC 5545) with biweekly: one VEVENT per timed agenda item, with
 * a report of what the format cannot carry.
 */
module org.disputatio.io.ical {
    requires transitive org.disputatio.core;
    requires net.sf.biweekly;

    exports org.disputatio.io.ical;

    provides org.disputatio.io.EventExporterProvider with org.disputatio.io.ical.internal.ICalendarExporterProvider;
}
