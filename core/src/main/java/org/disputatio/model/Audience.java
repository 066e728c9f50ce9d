package org.disputatio.model;

import java.util.List;

/**
 * Whom the event is for.
 *
 * @param groups the audiences named ("General public", "Law experts")
 * @param admission who is admitted and how ("Accès public - Public access")
 */
public record Audience(List<LocalizedText> groups, LocalizedText admission) {

    private static final Audience UNSTATED = new Audience(List.of(), LocalizedText.empty());

    /**
     * Copies the groups and checks that no part is null.
     *
     * @param groups the audiences named, copied; empty if none
     * @param admission who is admitted and how; empty if unstated
     * @throws NullPointerException if the list, a group or the admission is null
     */
    public Audience {
        groups = Checks.copy(groups, "groups");
        Checks.present(admission, "admission");
    }

    /**
     * No audience stated.
     *
     * @return the audience with no group and no admission
     */
    public static Audience unstated() {
        return UNSTATED;
    }
}
