package org.disputatio.io.jsonld.internal;

import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporterProvider;
import org.disputatio.io.jsonld.JsonLdExporter;

/** Registers {@link JsonLdExporter} as a service. */
public final class JsonLdProvider implements EventExporterProvider {

    /** The provider, for the service loader. */
    public JsonLdProvider() {
    }

    @Override
    public EventExporter exporter() {
        return new JsonLdExporter();
    }
}
