package org.disputatio.io;

/**
 * How an export module makes its format known: registered as a service
 * ({@code provides org.disputatio.io.EventExporterProvider with …} in its {@code module-info}, and
 * in {@code META-INF/services} for the class path), found by {@link EventExporters}.
 */
public interface EventExporterProvider {

    /**
     * The exporter.
     *
     * @return the exporter
     */
    EventExporter exporter();
}
