package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * Where an event's facts come from: the source documents, claims on individual facts (stated or
 * inferred), and editorial notes on what the sources get wrong.
 *
 * @param sources the documents the event was encoded from
 * @param claims claims on individual facts; a fact without one is stated by the sources
 * @param notes what the sources get wrong, fact by fact
 */
public record Provenance(
        List<@Valid SourceDocument> sources,
        List<@Valid Claim> claims,
        List<@Valid EditorialNote> notes) {

    private static final Provenance NONE = new Provenance(List.of(), List.of(), List.of());

    /**
     * Copies every list, refusing a null list or element.
     *
     * @param sources the source documents, copied
     * @param claims the claims, copied
     * @param notes the editorial notes, copied
     * @throws NullPointerException if a list or an element is null
     */
    public Provenance {
        sources = Checks.copy(sources, "sources");
        claims = Checks.copy(claims, "claims");
        notes = Checks.copy(notes, "notes");
    }

    /**
     * No provenance recorded.
     *
     * @return the provenance with no source, claim or note
     */
    public static Provenance none() {
        return NONE;
    }

    /**
     * The claim made about the fact at exactly this path, if any.
     *
     * @param path a property path, compared exactly ({@code [*]} matches only a claim written so)
     * @return the first claim on that path, or empty if there is none
     */
    public Optional<Claim> claim(String path) {
        return claims.stream().filter(claim -> claim.path().equals(path)).findFirst();
    }

    /**
     * How sure the fact at this path is: the certainty of the nearest claim that covers it, else
     * {@link Certainty#STATED}. A claim covers its own path, every element when it has a
     * wildcard ({@code organisations[*].sector} covers {@code organisations[3].sector}), and
     * every part below it ({@code venue.address} covers {@code venue.address.postalCode}).
     *
     * <p>Paths are compared as spelled: without the event, a claim on {@code items[panel-2].start}
     * is not known to be one on {@code programme.days[0].items[4].start}. To apply claims
     * whichever way they name an element, by id or by index, use
     * {@link org.disputatio.io.shape.PropertyPaths#certaintyOf(String)
     * PropertyPaths.of(event).certaintyOf(path)}.
     *
     * @param path the property path of a fact, with concrete indexes ({@code organisations[3].sector})
     * @return the covering claim's certainty, {@link Certainty#STATED} when no claim covers it
     */
    public Certainty certaintyOf(String path) {
        return coveringClaim(path).map(Claim::certainty).orElse(Certainty.STATED);
    }

    /**
     * The nearest claim that covers the fact at this path, as {@link #certaintyOf(String)} finds it,
     * comparing paths as spelled ({@link org.disputatio.io.shape.PropertyPaths#coveringClaim(String)}
     * compares the places they name).
     *
     * @param path the property path of a fact, with concrete indexes
     * @return the claim on the path itself or, failing that, on the nearest enclosing path; empty
     *     if none covers it
     */
    public Optional<Claim> coveringClaim(String path) {
        for (String candidate = path; !candidate.isEmpty(); candidate = parent(candidate)) {
            Optional<Claim> exact = claim(candidate);
            if (exact.isPresent()) {
                return exact;
            }
            Optional<Claim> wildcard = claim(candidate.replaceAll("\\[\\d+]", "[*]"));
            if (wildcard.isPresent()) {
                return wildcard;
            }
        }
        return Optional.empty();
    }

    /** {@code a.b[2]} → {@code a.b}; {@code a.b} → {@code a}; {@code a} → "". */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * The editorial notes on the fact at this path, as spelled
     * ({@link org.disputatio.io.shape.PropertyPaths#notesOn(String)} compares places).
     *
     * @param path a property path, compared exactly; {@code ""} for notes on the whole event
     * @return the notes on that path in recorded order, unmodifiable; empty if there are none
     */
    public List<EditorialNote> notesOn(String path) {
        return notes.stream().filter(note -> note.path().equals(path)).toList();
    }

    /**
     * A builder that collects sources, claims and notes.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects sources, claims and notes, each in the order added. */
    public static final class Builder {
        private final List<SourceDocument> sources = new java.util.ArrayList<>();
        private final List<Claim> claims = new java.util.ArrayList<>();
        private final List<EditorialNote> notes = new java.util.ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a source document.
         *
         * @param source the document; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder source(SourceDocument source) {
            sources.add(source);
            return this;
        }

        /**
         * Adds a claim on one fact.
         *
         * @param claim the claim; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder claim(Claim claim) {
            claims.add(claim);
            return this;
        }

        /**
         * Adds an editorial note.
         *
         * @param note the note; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder note(EditorialNote note) {
            notes.add(note);
            return this;
        }

        /**
         * The provenance.
         *
         * @return a new provenance holding copies of the lists collected
         * @throws NullPointerException if a null part was added
         */
        public Provenance build() {
            return new Provenance(sources, claims, notes);
        }
    }
}
