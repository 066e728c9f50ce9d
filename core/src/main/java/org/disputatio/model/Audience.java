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

    public Audience {
        groups = Checks.copy(groups, "groups");
        Checks.present(admission, "admission");
    }

    /** No audience stated. */
    public static Audience unstated() {
        return UNSTATED;
    }
}
