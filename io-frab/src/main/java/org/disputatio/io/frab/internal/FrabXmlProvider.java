package org.disputatio.io.frab.internal;

import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporterProvider;
import org.disputatio.io.frab.FrabXmlExporter;

/** Registers {@link FrabXmlExporter} as a service. */
public final class FrabXmlProvider implements EventExporterProvider {

    /** The provider, for the service loader. */
    public FrabXmlProvider() {
    }

    @Override
    public EventExporter exporter() {
        return new FrabXmlExporter();
    }
}
