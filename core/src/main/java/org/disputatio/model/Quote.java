package org.disputatio.model;

import java.util.Optional;

/**
 * Words attributed to a person: a foreword, a statement from the floor.
 *
 * @param speaker the id of the {@link Speaker} quoted, if registered
 * @param attribution the attribution as printed under the quote ("Secretary-General for Defense
 *     and National Security")
 */
public record Quote(LocalizedText text, Optional<String> speaker, LocalizedText attribution) {

    public Quote {
        Checks.present(text, "text");
        Checks.present(speaker, "speaker");
        Checks.present(attribution, "attribution");
    }

    public static Quote of(LocalizedText text, String speakerId, LocalizedText attribution) {
        return new Quote(text, Optional.ofNullable(speakerId), attribution);
    }
}
