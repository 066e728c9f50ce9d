package org.disputatio.io.ical.internal;

import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporterProvider;
import org.disputatio.io.ical.ICalendarExporter;

/** Makes {@link ICalendarExporter} known to {@link org.disputatio.io.EventExporters}. */
public final class ICalendarExporterProvider implements EventExporterProvider {

    private static final EventExporter EXPORTER = new ICalendarExporter();

    /** The provider, as the service loader makes it. */
    public ICalendarExporterProvider() {
    }

    @Override
    public EventExporter exporter() {
        return EXPORTER;
    }
}
