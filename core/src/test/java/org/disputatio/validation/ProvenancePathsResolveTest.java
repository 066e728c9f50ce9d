package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Provenance;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rule provenance-paths-resolve: claims and notes name places the event has. */
class ProvenancePathsResolveTest {

    private static Event claimingOn(String path) {
        return builder().provenance(Provenance.builder()
                .source(new SourceDocument("programme", LocalizedText.empty(), java.util.Optional.empty(), List.of()))
                .claim(Claim.inferred(path, "programme", "because"))
                .note(EditorialNote.of(path, "programme", NoteKind.AMBIGUITY, "quoted", "a note"))
                .build()).build();
    }

    private static List<String> findings(Locale locale, Event event) {
        return EventValidator.forLocale(locale).validate(event).findings().stream()
                .filter(f -> f.constraint().equals("provenance-paths-resolve")).map(Object::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "title.en", "timeZone", "venue", "venue.address.postalCode", "organisations[*].sector",
        "people[1].name.family", "programme.days[0].items[1].participants[0].role", "programme.days[*].items[*].start",
        "programme.days[0].items[*].items[*].heading.fr", "provenance.sources[0]", "proceedings.summary[*]"})
    void aPathToAPlaceOfTheEventResolves(String path) {
        assertEquals(List.of(), findings(Locale.ENGLISH, claimingOn(path)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "programme.days[7].items[99].titel|programme.days[7].items[99].titel names nothing: there is no element 7 in days, which has 1",
        "programme.days[0].items[0].titel|programme.days[0].items[0].titel names nothing: an agenda item has no property "
                + "'titel' (it has: id, kind, label, start, end, track, rooms, conditions, heading, title, "
                + "description, participants, items)",
        "title[0]|title[0] names nothing: 'title' is not a list, so [..] cannot follow it",
        "startDate.year|startDate.year names nothing: 'startDate' holds a single value, so nothing can follow it",
        "people[x]|'people[x]' is not a property path such as programme.days[0].items[2].title",
        "title.en.x|'title.en.x' is not a property path such as programme.days[0].items[2].title",
        "venue..name|'venue..name' is not a property path such as programme.days[0].items[2].title"})
    void aPathThatNamesNothingIsAnErrorOnTheClaimAndTheNote(String path, String message) {
        assertEquals(List.of("ERROR provenance.claims[0].path: " + message, "ERROR provenance.notes[0].path: " + message),
                findings(Locale.ENGLISH, claimingOn(path)));
    }

    @Test
    void saysItInFrench() {
        assertEquals("ERROR provenance.claims[0].path: title[0] ne désigne rien : « title » n'est pas une liste, [..] "
                + "ne peut pas le suivre", findings(Locale.FRENCH, claimingOn("title[0]")).get(0));
    }
}
