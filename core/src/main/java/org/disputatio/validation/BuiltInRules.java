package org.disputatio.validation;

import java.util.List;
import java.util.Optional;
import org.disputatio.validation.internal.Invariants;

/**
 * Disputatio's agenda invariants: the rules every {@link EventValidator} runs unless told
 * otherwise, in the order of {@link #all()}. Each has a stable {@link Rule#name() name}, the one
 * {@link EventValidator#without(String...)} takes and findings carry.
 *
 * <p>A plain {@code jakarta.validation.Validator} runs the same rules through the class-level
 * constraint {@link org.disputatio.validation.constraints.EventInvariants} on
 * {@link org.disputatio.model.Event}.
 */
public final class BuiltInRules {

    /** {@code chronological-dates} (error): an event does not end before it starts. */
    public static final Rule CHRONOLOGICAL_DATES = builtIn("chronological-dates");

    /**
     * {@code days-within-event} (error): every programme day, and so every agenda item, falls
     * within the event's dates.
     */
    public static final Rule DAYS_WITHIN_EVENT = builtIn("days-within-event");

    /**
     * {@code times-in-order} (error): days follow one another and, within a day, agenda items never
     * go back in time: each item starts no earlier than the items before it, and ends no earlier
     * than it starts; the items an item contains likewise among themselves, and within the
     * parent's span (from its start to its end) when both times are known. Items without a time
     * are skipped.
     */
    public static final Rule TIMES_IN_ORDER = builtIn("times-in-order");

    /**
     * {@code no-double-booking} (error): nobody is in two agenda items of the same day at once. An
     * item lasts from its start to its end or, without an end, until the next item starts when
     * that item has a time; two items that start at the same time always overlap. Items without
     * a start time are not checked. A person in an item and in an item it contains (at any
     * depth) appears once, not twice; in two overlapping items of which neither contains the other
     * they are double-booked. An item without an end that is the last of its parent's items lasts
     * until its parent ends.
     */
    public static final Rule NO_DOUBLE_BOOKING = builtIn("no-double-booking");

    /**
     * {@code references-resolve} (error): every reference resolves: participations to people and
     * roles, affiliations and involvements to organisations, quotes to people, claims and notes
     * to source documents.
     */
    public static final Rule REFERENCES_RESOLVE = builtIn("references-resolve");

    /**
     * {@code unique-ids} (error): ids are unique among people, organisations, event roles, agenda
     * items (across all days and unscheduled items, at every depth), source documents and rooms.
     */
    public static final Rule UNIQUE_IDS = builtIn("unique-ids");

    /**
     * {@code provenance-paths-resolve}: the path of every claim and editorial note names a place
     * in the event: properties the model declares, {@code [n]}, {@code [id]} or {@code [*]} only
     * after a list, indexes within the list, ids of its elements ({@code items[id]} at the start:
     * an agenda item of the programme), as {@link org.disputatio.io.shape.PropertyPaths} resolves
     * them. A misspelt property, an index past the end or an unknown id would otherwise leave a
     * claim that covers nothing.
     */
    public static final Rule PROVENANCE_PATHS_RESOLVE = builtIn("provenance-paths-resolve");

    /**
     * {@code well-formed-language-tags} (error): every translation of every text is keyed by a
     * well-formed BCP 47 language tag.
     */
    public static final Rule WELL_FORMED_LANGUAGE_TAGS = builtIn("well-formed-language-tags");

    /**
     * {@code writable-text} (error): every string of the event (ids and references, names, codes,
     * every translation and its language tag) holds only characters every format can write: no
     * C0 control but tab, line feed and carriage return, no U+FFFE or U+FFFF, no unpaired
     * surrogate. Readers refuse them too, so what validates always writes.
     */
    public static final Rule WRITABLE_TEXT = builtIn("writable-text");

    /**
     * {@code complete-translations} (warning): every text meant for readers exists in every
     * language the event declares. A missing translation makes a document incomplete, not broken.
     * Proper names (people, organisations, venues, links) are not checked.
     */
    public static final Rule COMPLETE_TRANSLATIONS = builtIn("complete-translations");

    /**
     * {@code no-unused-registrations} (warning): every person registered with the event appears
     * in an agenda item or a quote, and every organisation in an involvement or an affiliation.
     * A registration nothing refers to is usually a forgotten participation or a misspelt id, and
     * it would count in every analysis of who took part.
     */
    public static final Rule NO_UNUSED_REGISTRATIONS = builtIn("no-unused-registrations");

    private static final List<Rule> ALL = List.of(CHRONOLOGICAL_DATES, DAYS_WITHIN_EVENT, TIMES_IN_ORDER,
            NO_DOUBLE_BOOKING, REFERENCES_RESOLVE, PROVENANCE_PATHS_RESOLVE, UNIQUE_IDS, WELL_FORMED_LANGUAGE_TAGS, WRITABLE_TEXT,
            COMPLETE_TRANSLATIONS, NO_UNUSED_REGISTRATIONS);

    /** The rule of this name from the one list that declares names and severities. */
    private static Rule builtIn(String name) {
        for (Invariants.Invariant invariant : Invariants.ALL) {
            if (invariant.name().equals(name)) {
                return new BuiltInRule(invariant.name(), invariant.warning() ? Severity.WARNING : Severity.ERROR,
                        invariant.rule());
            }
        }
        throw new IllegalStateException("no built-in rule named " + name);
    }

    private BuiltInRules() {
    }

    /**
     * Every built-in rule, in the order a validator runs them.
     *
     * @return the rules, an unmodifiable list
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * The built-in rule of this name.
     *
     * @param name a rule's name, such as {@code no-double-booking}
     * @return the rule, or empty if no built-in rule has that name
     */
    public static Optional<Rule> named(String name) {
        return ALL.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }
}
