package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A public transport line that serves a venue, with the stop where the source names one
 * ("Ligne 6 - Cambronne"; "Bus Ligne 28" names none).
 */
public record TransportAccess(@NotNull TransportMode mode, @NotBlank String line, Optional<String> stop) {

    public TransportAccess {
        Checks.present(stop, "stop");
    }

    public static TransportAccess of(TransportMode mode, String line, String stop) {
        return new TransportAccess(mode, line, Optional.ofNullable(stop));
    }

    public static TransportAccess of(TransportMode mode, String line) {
        return new TransportAccess(mode, line, Optional.empty());
    }
}
