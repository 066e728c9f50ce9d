package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * Where an event's facts come from: the source documents, claims on individual facts (stated or
 * inferred), and editorial notes on what the sources get wrong.
 */
public record Provenance(
        List<@Valid SourceDocument> sources,
        List<@Valid Claim> claims,
        List<@Valid EditorialNote> notes) {

    private static final Provenance NONE = new Provenance(List.of(), List.of(), List.of());

    public Provenance {
        sources = Checks.copy(sources, "sources");
        claims = Checks.copy(claims, "claims");
        notes = Checks.copy(notes, "notes");
    }

    public static Provenance none() {
        return NONE;
    }

    /** The claim made about the fact at exactly this path, if any. */
    public Optional<Claim> claim(String path) {
        return claims.stream().filter(claim -> claim.path().equals(path)).findFirst();
    }

    /**
     * How sure the fact at this path is: the certainty of the nearest claim that covers it, else
     * {@link Certainty#STATED}. A claim covers its own path, every element when it has a
     * wildcard ({@code organisations[*].sector} covers {@code organisations[3].sector}), and
     * every part below it ({@code venue.address} covers {@code venue.address.postalCode}).
     */
    public Certainty certaintyOf(String path) {
        return coveringClaim(path).map(Claim::certainty).orElse(Certainty.STATED);
    }

    /** The nearest claim that covers the fact at this path, as {@link #certaintyOf(String)} finds it. */
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

    /** The editorial notes on the fact at this path. */
    public List<EditorialNote> notesOn(String path) {
        return notes.stream().filter(note -> note.path().equals(path)).toList();
    }

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

        public Builder source(SourceDocument source) {
            sources.add(source);
            return this;
        }

        public Builder claim(Claim claim) {
            claims.add(claim);
            return this;
        }

        public Builder note(EditorialNote note) {
            notes.add(note);
            return this;
        }

        public Provenance build() {
            return new Provenance(sources, claims, notes);
        }
    }
}
