package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * One person's appearance in an agenda item, in one role.
 *
 * @param person the id of a {@link Speaker} registered on the event
 * @param role the code of a {@link Role}: built in ({@link Roles}) or registered on the event
 */
public record Participation(@NotBlank String person, @NotBlank String role) {

    public static Participation of(String person, String role) {
        return new Participation(person, role);
    }

    public static Participation of(String person, Role role) {
        return new Participation(person, role.code());
    }
}
