/**
 * Events as iCalendar (RFC 5545): {@link org.disputatio.io.ical.ICalendarExporter}, found by
 * {@link org.disputatio.io.EventExporters} for files ending in {@code .ics}.
 */
package org.disputatio.io.ical;
