package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A public transport line that serves a venue, with the stop where the source names one
 * ("Ligne 6 - Cambronne"; "Bus Ligne 28" names none).
 *
 * @param mode metro, bus, tram and so on
 * @param line the line as printed ({@code 6})
 * @param stop the stop that serves the venue, if the source names one
 */
public record TransportAccess(@NotNull TransportMode mode, @NotBlank String line, Optional<String> stop) {

    /**
     * Checks that the stop is not null.
     *
     * @param mode the mode; null is reported by validation
     * @param line the line; a blank one is reported by validation
     * @param stop the stop, or empty
     * @throws NullPointerException if the stop is null
     */
    public TransportAccess {
        Checks.present(stop, "stop");
    }

    /**
     * A line with the stop that serves the venue.
     *
     * @param mode metro, bus and so on
     * @param line the line as printed
     * @param stop the stop, or null if none is named
     * @return the transport access
     */
    public static TransportAccess of(TransportMode mode, String line, String stop) {
        return new TransportAccess(mode, line, Optional.ofNullable(stop));
    }

    /**
     * A line with no stop named.
     *
     * @param mode metro, bus and so on
     * @param line the line as printed
     * @return the transport access
     */
    public static TransportAccess of(TransportMode mode, String line) {
        return new TransportAccess(mode, line, Optional.empty());
    }
}
