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
        "programme.days[0].items[*].items[*].heading.fr", "provenance.sources[0]", "proceedings.summary[*]",
        "items[panel-1].title", "items[opening].participants[0].role",
        "items[*].start", "items[panel-1].title.fr", "people[alan].name.family", "organisations[uga].sector",
        "programme.days[0].items[panel-1].start", "programme.days[*].items[0].start", "provenance.sources[programme]",
        "people[ada].affiliations[0].organisation"})
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
        "people[x]|people[x] names nothing: no element of people has the id 'x'",
        "people[alen].name|people[alen].name names nothing: no element of people has the id 'alen'; did you mean 'alan'?",
        "items[panel-2].title|items[panel-2].title names nothing: no agenda item of the programme has the id 'panel-2'; "
                + "did you mean 'panel-1'?",
        "items[keynote].start|items[keynote].start names nothing: no agenda item of the programme has the id 'keynote'",
        "programme.days[0].items[panel-2]|programme.days[0].items[panel-2] names nothing: no element of items has the id "
                + "'panel-2'; did you mean 'panel-1'?",
        "programme.days[monday].date|programme.days[monday].date names nothing: the elements of days have no id, so "
                + "[monday] cannot select one (an index [0], [1], … or [*] can)",
        "items[1].title|items[1].title names nothing: items at the start of a path takes an agenda item's id or [*] in "
                + "brackets, such as items[panel-2].title (an index is a place in a day: programme.days[0].items[2])",
        "items.title|items.title names nothing: items at the start of a path takes an agenda item's id or [*] in "
                + "brackets, such as items[panel-2].title (an index is a place in a day: programme.days[0].items[2])",
        "programme.days[2].items[panel-1]|programme.days[2].items[panel-1] names nothing: there is no element 2 in days, "
                + "which has 1",
        "items[*].titel|items[*].titel names nothing: an agenda item has no property 'titel' (it has: id, kind, label, "
                + "start, end, track, rooms, conditions, heading, title, description, participants, items)",
        "people[]|'people[]' is not a property path such as programme.days[0].items[2].title",
        "items[panel-1|'items[panel-1' is not a property path such as programme.days[0].items[2].title",
        "people[12345678901]|'people[12345678901]' is not a property path such as programme.days[0].items[2].title",
        "title.en.x|'title.en.x' is not a property path such as programme.days[0].items[2].title",
        "venue..name|'venue..name' is not a property path such as programme.days[0].items[2].title"})
    void aPathThatNamesNothingIsAnErrorOnTheClaimAndTheNote(String path, String message) {
        assertEquals(List.of("ERROR provenance.claims[0].path: " + message, "ERROR provenance.notes[0].path: " + message),
                findings(Locale.ENGLISH, claimingOn(path)));
    }

    @Test
    void anUnscheduledItemIsNamedByIdToo() {
        Event event = builder().programme(SmallEvents.builder().build().programme().withUnscheduled(
                List.of(SmallEvents.opening("keynote", java.time.LocalTime.of(9, 0))))).provenance(Provenance.builder()
                .claim(Claim.inferred("items[keynote].start", null, "because"))
                .claim(Claim.inferred("programme.unscheduled[keynote].title", null, "because")).build()).build();
        assertEquals(List.of(), findings(Locale.ENGLISH, event));
    }

    @Test
    void saysAnUnknownIdInFrench() {
        assertEquals(List.of("ERROR provenance.claims[0].path: items[panel-2] ne désigne rien : aucun élément du programme "
                + "n'a pour id « panel-2 » ; vouliez-vous dire « panel-1 » ?",
                "ERROR provenance.notes[0].path: items[panel-2] ne désigne rien : aucun élément du programme "
                + "n'a pour id « panel-2 » ; vouliez-vous dire « panel-1 » ?"),
                findings(Locale.FRENCH, claimingOn("items[panel-2]")));
    }

    @Test
    void saysItInFrench() {
        assertEquals("ERROR provenance.claims[0].path: title[0] ne désigne rien : « title » n'est pas une liste, [..] "
                + "ne peut pas le suivre", findings(Locale.FRENCH, claimingOn("title[0]")).get(0));
    }
}
