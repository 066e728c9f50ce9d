package org.disputatio.io.frab.internal;

import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporterProvider;
import org.disputatio.io.frab.FrabJsonExporter;

/** Registers {@link FrabJsonExporter} as a service. */
public final class FrabJsonProvider implements EventExporterProvider {

    /** The provider, for the service loader. */
    public FrabJsonProvider() {
    }

    @Override
    public EventExporter exporter() {
        return new FrabJsonExporter();
    }
}
