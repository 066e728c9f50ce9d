package org.disputatio.model;

import java.util.Optional;

/**
 * Words attributed to a person: a foreword, a statement from the floor.
 *
 * @param text the words quoted, in each language printed
 * @param speaker the id of the {@link Speaker} quoted, if registered
 * @param attribution the attribution as printed under the quote ("Secretary-General for Defense
 *     and National Security")
 */
public record Quote(LocalizedText text, Optional<String> speaker, LocalizedText attribution) {

    /**
     * Checks that no part is null.
     *
     * @param text the words, possibly empty
     * @param speaker the speaker's id, or empty
     * @param attribution the printed attribution, possibly empty
     * @throws NullPointerException if a part is null
     */
    public Quote {
        Checks.present(text, "text");
        Checks.present(speaker, "speaker");
        Checks.present(attribution, "attribution");
    }

    /**
     * A quote from its parts.
     *
     * @param text the words quoted
     * @param speakerId the id of the registered speaker quoted, or null if none is registered
     * @param attribution the attribution as printed, {@link LocalizedText#empty()} if none
     * @return the quote
     * @throws NullPointerException if the text or the attribution is null
     */
    public static Quote of(LocalizedText text, String speakerId, LocalizedText attribution) {
        return new Quote(text, Optional.ofNullable(speakerId), attribution);
    }
}
