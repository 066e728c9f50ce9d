package org.disputatio.testkit.jqwik;

import org.disputatio.validation.Severity;

/**
 * The kinds of fault {@link ValidEvents#withFault(FaultKind)} plants in a valid event, each with
 * the rule (or constraint) that must report it and the severity of the finding. Each kind plants
 * exactly one fault, which the validator reports as exactly one finding.
 *
 * <p>{@code chronological-dates} has no kind: an event that ends before it starts has every
 * programme day outside its dates as well, so that fault never comes alone.
 */
public enum FaultKind {

    /** A person in two overlapping items of one day: a new item starting with another, both with the person. */
    DOUBLE_BOOKING("no-double-booking", Severity.ERROR),
    /** A participation whose person is not registered with the event. */
    DANGLING_REFERENCE("references-resolve", Severity.ERROR),
    /** An agenda item whose kind is neither built in nor defined by the event. */
    UNKNOWN_VOCABULARY_CODE("references-resolve", Severity.ERROR),
    /** An item title without its translation into the event's last language (the event gets two languages at least). */
    MISSING_TRANSLATION("complete-translations", Severity.WARNING),
    /** A new last item of a day that starts before the item before it. */
    TIMES_BACKWARDS("times-in-order", Severity.ERROR),
    /** A new last child of an item that ends after its parent. */
    CHILD_OUTSIDE_PARENT("times-in-order", Severity.ERROR),
    /** A new last item of the last day with the id of an item before it. */
    DUPLICATE_ID("unique-ids", Severity.ERROR),
    /** A new last programme day, the day after the event ends. */
    DAY_OUTSIDE_EVENT("days-within-event", Severity.ERROR),
    /** An item title with a translation keyed by a tag that is not BCP 47 ({@code en_GB}). */
    MALFORMED_LANGUAGE_TAG("well-formed-language-tags", Severity.ERROR),
    /** An item title with a control character no format can write (U+0007). */
    UNWRITABLE_TEXT("writable-text", Severity.ERROR),
    /** A person registered with the event who appears nowhere. */
    UNUSED_REGISTRATION("no-unused-registrations", Severity.WARNING),
    /** A provenance claim whose path names no place in the event. */
    UNRESOLVED_PROVENANCE_PATH("provenance-paths-resolve", Severity.ERROR),
    /** A programme day that states the wrong weekday for its date (a constraint of the model, not a rule). */
    WRONG_WEEKDAY("StatedWeekdayMatches", Severity.ERROR);

    private final String rule;
    private final Severity severity;

    FaultKind(String rule, Severity severity) {
        this.rule = rule;
        this.severity = severity;
    }

    /**
     * The rule that reports this fault: a built-in rule's name, or a model constraint's simple
     * name, as {@link org.disputatio.validation.Finding#constraint()} holds it.
     *
     * @return the name
     */
    public String rule() {
        return rule;
    }

    /**
     * The severity of the finding.
     *
     * @return error or warning
     */
    public Severity severity() {
        return severity;
    }
}
