package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * One person's appearance in an agenda item, in one role.
 *
 * @param person the id of a {@link Speaker} registered on the event
 * @param role the code of a {@link Role}: built in ({@link Roles}) or registered on the event
 */
public record Participation(@NotBlank String person, @NotBlank String role) {

    /**
     * A person in a role given by its code.
     *
     * @param person the id of a registered person; an unknown one is reported by validation
     * @param role a role code; an unknown one is reported by validation
     * @return the participation
     */
    public static Participation of(String person, String role) {
        return new Participation(person, role);
    }

    /**
     * A person in a role.
     *
     * @param person the id of a registered person; an unknown one is reported by validation
     * @param role the role, of which only the code is kept
     * @return the participation
     * @throws NullPointerException if the role is null
     */
    public static Participation of(String person, Role role) {
        return new Participation(person, role.code());
    }
}
