package org.disputatio.model;

import java.util.Objects;

/**
 * What kind of event this is: an open vocabulary of lower-case codes. The constants name the
 * kinds seen so far; any other code is allowed, so a user can add {@code hackathon} without
 * waiting for a release.
 *
 * @param code the kind's code, as written in documents ({@code conference})
 */
public record EventKind(String code) {
    /** A conference ({@code conference}), such as the UNESCO 2017 one. */
    public static final EventKind CONFERENCE = new EventKind("conference");
    /** A symposium ({@code symposium}), such as the Saint-Cyr 2014 one. */
    public static final EventKind SYMPOSIUM = new EventKind("symposium");
    /** A seminar ({@code seminar}). */
    public static final EventKind SEMINAR = new EventKind("seminar");
    /** A workshop ({@code workshop}). */
    public static final EventKind WORKSHOP = new EventKind("workshop");
    /** A summit ({@code summit}). */
    public static final EventKind SUMMIT = new EventKind("summit");
    /** A panel held as an event of its own ({@code panel}). */
    public static final EventKind PANEL = new EventKind("panel");

    /**
     * Refuses a null code; any other code is a kind.
     *
     * @param code the kind's code
     * @throws NullPointerException if the code is null
     */
    public EventKind {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The kind with this code, known or not.
     *
     * @param code the kind's code ({@code hackathon}); null is refused
     * @return a kind equal to the constant of the same code, if there is one
     * @throws NullPointerException if the code is null
     */
    public static EventKind of(String code) {
        return new EventKind(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
