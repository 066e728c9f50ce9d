package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A room of a venue.
 *
 * @param id unique among the venue's rooms
 * @param name the room's name as printed
 */
public record Room(@NotBlank String id, LocalizedText name) {

    /**
     * Checks that the name is not null.
     *
     * @param id the room's id; a blank one is reported by validation
     * @param name the name, possibly empty
     * @throws NullPointerException if the name is null
     */
    public Room {
        Checks.present(name, "name");
    }
}
