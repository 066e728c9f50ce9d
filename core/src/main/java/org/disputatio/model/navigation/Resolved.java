package org.disputatio.model.navigation;

import java.util.Objects;
import org.disputatio.model.Certainty;

/**
 * A value found by following the model's references, with where it is written and whether the
 * event's provenance marks it stated or inferred.
 *
 * @param <T> the value's type: a {@link org.disputatio.model.Sector} or a country code
 * @param value the value, never null
 * @param origin which part of the model states it
 * @param path the property path of the value in the event ({@code organisations[2].sector}), as
 *     provenance claims name it
 * @param certainty {@link Certainty#INFERRED} when the nearest claim covering {@code path} says
 *     so, else {@link Certainty#STATED}
 */
public record Resolved<T>(T value, Origin origin, String path, Certainty certainty) {

    /**
     * Refuses a null part.
     *
     * @param value the value
     * @param origin where it comes from
     * @param path where it is written
     * @param certainty stated or inferred
     * @throws NullPointerException if a part is null
     */
    public Resolved {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(certainty, "certainty");
    }

    /**
     * Whether the event's provenance marks the value inferred.
     *
     * @return true if {@link #certainty()} is {@link Certainty#INFERRED}
     */
    public boolean inferred() {
        return certainty == Certainty.INFERRED;
    }
}
