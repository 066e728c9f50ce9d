package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/** A room of a venue. */
public record Room(@NotBlank String id, LocalizedText name) {

    public Room {
        Checks.present(name, "name");
    }
}
