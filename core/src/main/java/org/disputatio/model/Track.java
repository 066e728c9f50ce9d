package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A track of the programme: one of the series of sessions that run in parallel ("Track A: norms
 * and law"). Agenda items name their track by id.
 *
 * @param id unique among the programme's tracks
 * @param name the track's name as printed, possibly empty
 */
public record Track(@NotBlank String id, LocalizedText name) {

    /**
     * Checks that the name is not null.
     *
     * @param id the track's id; a blank one is reported by validation
     * @param name the name, possibly empty
     * @throws NullPointerException if the name is null
     */
    public Track {
        Checks.present(name, "name");
    }
}
