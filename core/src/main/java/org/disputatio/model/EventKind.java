package org.disputatio.model;

import java.util.Objects;

/**
 * What kind of event this is: an open vocabulary of lower-case codes. The constants name the
 * kinds seen so far; any other code is allowed, so a user can add {@code hackathon} without
 * waiting for a release.
 */
public record EventKind(String code) {
    public static final EventKind CONFERENCE = new EventKind("conference");
    public static final EventKind SYMPOSIUM = new EventKind("symposium");
    public static final EventKind SEMINAR = new EventKind("seminar");
    public static final EventKind WORKSHOP = new EventKind("workshop");
    public static final EventKind SUMMIT = new EventKind("summit");
    public static final EventKind PANEL = new EventKind("panel");

    public EventKind {
        Objects.requireNonNull(code, "code");
    }

    public static EventKind of(String code) {
        return new EventKind(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
