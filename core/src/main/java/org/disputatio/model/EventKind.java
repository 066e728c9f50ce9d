package org.disputatio.model;

import java.util.Objects;

/**
 * What kind of event this is: a code of the open vocabulary {@link Vocabulary#EVENT_KIND}. The
 * constants are the built-in kinds, labelled in English and French; an event that is another kind
 * ({@code hackathon}) registers it ({@link Event#eventKinds()}) without waiting for a release, and
 * validation reports a kind that is neither ({@code conferance}: did you mean {@code conference}?).
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
    /** A forum ({@code forum}): a recurring gathering of many stakeholders. */
    public static final EventKind FORUM = new EventKind("forum");
    /** A round table ({@code round-table}). */
    public static final EventKind ROUND_TABLE = new EventKind("round-table");
    /** A lecture ({@code lecture}): one speaker, an audience. */
    public static final EventKind LECTURE = new EventKind("lecture");
    /** A webinar ({@code webinar}): held online only. */
    public static final EventKind WEBINAR = new EventKind("webinar");

    private static final java.util.List<EventKind> BUILT_IN = java.util.List.of(CONFERENCE, SYMPOSIUM, SEMINAR,
            WORKSHOP, SUMMIT, PANEL, FORUM, ROUND_TABLE, LECTURE, WEBINAR);

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

    /**
     * The built-in kinds, in the order of the constants above.
     *
     * @return the built-in kinds, unmodifiable
     */
    public static java.util.List<EventKind> builtIn() {
        return BUILT_IN;
    }

    @Override
    public String toString() {
        return code;
    }
}
