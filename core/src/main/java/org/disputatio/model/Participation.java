package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * One person's appearance in an agenda item, in one role, with what they contribute when the
 * programme prints it: a panel that lists one paper per speaker ("Prof. X — 'The due diligence
 * principle'") gives each participation its own title.
 *
 * @param person the id of a {@link Speaker} registered on the event
 * @param role the code of a {@link Role}: built in ({@link Roles}) or registered on the event
 * @param title the title of this person's contribution (a paper, a talk), empty if none is printed
 * @param description what the contribution is about, empty if nothing is printed
 */
public record Participation(@NotBlank String person, @NotBlank String role, LocalizedText title,
        LocalizedText description) {

    /**
     * Checks that the texts are present (empty, not null).
     *
     * @param person the person's id; a blank one is reported by validation
     * @param role the role code; a blank one is reported by validation
     * @param title the contribution's title, possibly empty
     * @param description the contribution's description, possibly empty
     * @throws NullPointerException if a text is null
     */
    public Participation {
        Checks.present(title, "title");
        Checks.present(description, "description");
    }

    /**
     * A participation with no contribution printed.
     *
     * @param person the person's id
     * @param role the role code
     */
    public Participation(String person, String role) {
        this(person, role, LocalizedText.empty(), LocalizedText.empty());
    }

    /**
     * This participation with the title of the person's contribution.
     *
     * @param title the title, possibly empty
     * @return a new participation
     */
    public Participation withTitle(LocalizedText title) {
        return new Participation(person, role, title, description);
    }

    /**
     * This participation with a description of the person's contribution.
     *
     * @param description the description, possibly empty
     * @return a new participation
     */
    public Participation withDescription(LocalizedText description) {
        return new Participation(person, role, title, description);
    }

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
