package org.disputatio.validation.internal;

import java.util.List;

/**
 * The built-in rules with their names and severities, declared once, in the order they run.
 * The public face of this list is {@code org.disputatio.validation.BuiltInRules}; a plain
 * Bean Validation provider runs it through {@code org.disputatio.validation.EventInvariantsValidator}.
 */
public final class Invariants {

    /**
     * One built-in rule.
     *
     * @param name its stable name, such as {@code no-double-booking}
     * @param warning whether what it finds is a warning rather than an error
     * @param rule what checks it
     */
    public record Invariant(String name, boolean warning, EventRule rule) {
    }

    /** Every built-in rule, in the order validators run them. */
    public static final List<Invariant> ALL = List.of(
            new Invariant("chronological-dates", false, new ChronologicalDatesRule()),
            new Invariant("days-within-event", false, new DaysWithinEventRule()),
            new Invariant("times-in-order", false, new TimesInOrderRule()),
            new Invariant("no-double-booking", false, new NoDoubleBookingRule()),
            new Invariant("references-resolve", false, new ReferencesResolveRule()),
            new Invariant("provenance-paths-resolve", false, new ProvenancePathsResolveRule()),
            new Invariant("unique-ids", false, new UniqueIdsRule()),
            new Invariant("well-formed-language-tags", false, new WellFormedLanguageTagsRule()),
            new Invariant("writable-text", false, new WritableTextRule()),
            new Invariant("complete-translations", true, new CompleteTranslationsRule()),
            new Invariant("no-unused-registrations", true, new NoUnusedRegistrationsRule()));

    private Invariants() {
    }
}
