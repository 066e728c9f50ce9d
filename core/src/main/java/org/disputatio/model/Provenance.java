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
     * How sure the fact at this path is: the certainty of its claim, else of a wildcard claim
     * that covers it ({@code organisations[*].sector} covers {@code organisations[3].sector}),
     * else {@link Certainty#STATED}.
     */
    public Certainty certaintyOf(String path) {
        Optional<Claim> exact = claim(path);
        if (exact.isPresent()) {
            return exact.get().certainty();
        }
        String wildcarded = path.replaceAll("\\[\\d+]", "[*]");
        return claim(wildcarded).map(Claim::certainty).orElse(Certainty.STATED);
    }

    /** The editorial notes on the fact at this path. */
    public List<EditorialNote> notesOn(String path) {
        return notes.stream().filter(note -> note.path().equals(path)).toList();
    }
}
