package org.disputatio.io;

/**
 * How a format module makes its format known: registered as a service
 * ({@code provides org.disputatio.io.EventFormatProvider with …} in its {@code module-info}, and
 * in {@code META-INF/services} for the class path), found by {@link EventFormats}.
 */
public interface EventFormatProvider {

    /**
     * The format with its default settings, writing indented documents.
     *
     * @return the format
     */
    EventFormat format();
}
