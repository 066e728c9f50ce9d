package org.disputatio.io.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Role;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Provenance paths by id and by index name the same places; claims apply whichever way they are spelled. */
class PropertyPathsTest {

    private static Event event(Claim... claims) {
        ProgrammeDay day = new ProgrammeDay(LocalDate.of(2026, 11, 26), Optional.empty(), LocalizedText.empty(), List.of(
                Session.builder("opening", AgendaItemKind.OPENING).start(LocalTime.of(9, 0)).build(),
                Panel.builder("panel-1").start(LocalTime.of(10, 0)).build(),
                Panel.builder("panel-2").start(LocalTime.of(11, 0)).build()));
        Programme programme = new Programme(List.of(day)).withUnscheduled(
                List.of(Session.builder("keynote", AgendaItemKind.KEYNOTE).build()));
        Provenance.Builder provenance = Provenance.builder();
        for (Claim claim : claims) {
            provenance.claim(claim);
        }
        return Event.builder("seminar").date(LocalDate.of(2026, 11, 26))
                .organisation(Organisation.builder("uga").build())
                .organisation(Organisation.builder("anssi").build())
                .person(Speaker.builder("ada").name("Ada", "LOVELACE").build())
                .person(Speaker.builder("alan").name("Alan", "TURING").build())
                .role(Role.of("rapporteur", LocalizedText.of("en", "Rapporteur"), LocalizedText.empty()))
                .programme(programme).provenance(provenance.build()).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "items[panel-2].start|programme.days[0].items[2].start",
        "items[keynote].title.fr|programme.unscheduled[0].title.fr",
        "programme.days[0].items[panel-1]|programme.days[0].items[1]",
        "people[alan].name.family|people[1].name.family",
        "organisations[anssi]|organisations[1]",
        "roles[rapporteur].label.en|roles[0].label.en",
        "organisations[*].sector|organisations[*].sector",
        "items[*].start|items[*].start",
        "programme.days[0].items[2].start|programme.days[0].items[2].start"})
    void anIdPathHasAnIndexPath(String path, String indexPath) {
        assertEquals(Optional.of(indexPath), PropertyPaths.of(event()).indexPath(path));
    }

    @Test
    void aPathThatNamesNothingHasNoIndexPathButAProblem() {
        PropertyPaths paths = PropertyPaths.of(event());
        assertEquals(Optional.empty(), paths.indexPath("items[panel-3].start"));
        PropertyPaths.Problem problem = paths.problem("items[panel-3].start").orElseThrow();
        assertEquals("noSuchItem", problem.key());
        assertEquals(List.of("opening", "panel-1", "panel-2", "keynote"), problem.candidates());
        assertEquals("noSuchKey", paths.problem("people[bob]").orElseThrow().key());
        assertEquals(List.of("ada", "alan"), paths.problem("people[bob]").orElseThrow().candidates());
        assertTrue(paths.problem("").isEmpty());
    }

    @Test
    void aClaimByIdAppliesToTheIndexPathAndTheOtherWayRound() {
        Event byId = event(Claim.inferred("items[panel-2].start", null, "by id"));
        assertEquals(Certainty.INFERRED, PropertyPaths.of(byId).certaintyOf("programme.days[0].items[2].start"));
        assertEquals(Certainty.INFERRED, PropertyPaths.of(byId).certaintyOf("programme.days[0].items[panel-2].start"));
        assertEquals(Certainty.STATED, PropertyPaths.of(byId).certaintyOf("programme.days[0].items[1].start"));
        assertEquals(Certainty.STATED, PropertyPaths.of(byId).certaintyOf("programme.days[0].items[2].end"));
        Event byIndex = event(Claim.inferred("programme.days[0].items[2].start", null, "by index"));
        assertEquals(Certainty.INFERRED, PropertyPaths.of(byIndex).certaintyOf("items[panel-2].start"));
        assertEquals(Certainty.STATED, PropertyPaths.of(byIndex).certaintyOf("items[panel-1].start"));
        // the model's own method, which has no event, compares spellings only
        assertEquals(Certainty.STATED, byIndex.provenance().certaintyOf("items[panel-2].start"));
    }

    @Test
    void aClaimOnAnItemCoversEverythingBelowIt() {
        Event event = event(Claim.inferred("items[keynote]", null, "announced"),
                Claim.inferred("people[alan]", null, "guessed"));
        PropertyPaths paths = PropertyPaths.of(event);
        assertEquals(Certainty.INFERRED, paths.certaintyOf("programme.unscheduled[0].title.en"));
        assertEquals(Certainty.INFERRED, paths.certaintyOf("people[1].name.family"));
        assertEquals(Certainty.STATED, paths.certaintyOf("people[0].name.family"));
    }

    @Test
    void theItemsWildcardCoversEveryItemWhereverItIs() {
        PropertyPaths paths = PropertyPaths.of(event(Claim.inferred("items[*].start", null, "every time")));
        assertEquals(Certainty.INFERRED, paths.certaintyOf("programme.days[0].items[0].start"));
        assertEquals(Certainty.INFERRED, paths.certaintyOf("items[keynote].start"));
        assertEquals(Certainty.INFERRED, paths.certaintyOf("programme.unscheduled[0].start"));
        assertEquals(Certainty.STATED, paths.certaintyOf("programme.days[0].items[0].end"));
        assertEquals(Certainty.STATED, paths.certaintyOf("programme.days[0].date"));
        assertEquals(Certainty.INFERRED, paths.certaintyOf("items[*].start"));
        assertEquals(Certainty.STATED, paths.certaintyOf("items[*].end"));
    }

    @Test
    void theNearestClaimWinsAndAtTheSameDepthOneWithoutWildcard() {
        Claim everyStart = Claim.inferred("programme.days[*].items[*].start", null, "every start");
        Claim day = Claim.inferred("programme.days[0]", null, "the day");
        Claim panelStart = Claim.stated("items[panel-2].start", null);
        PropertyPaths paths = PropertyPaths.of(event(everyStart, day, panelStart));
        assertEquals(Optional.of(panelStart), paths.coveringClaim("programme.days[0].items[2].start"));
        assertEquals(Optional.of(everyStart), paths.coveringClaim("items[panel-1].start"));
        assertEquals(Optional.of(day), paths.coveringClaim("items[panel-1].end"));
        Claim byIndex = Claim.inferred("programme.days[0].items[2].start", null, "by index");
        Claim wildcard = Claim.inferred("items[*].start", null, "every item");
        assertEquals(Optional.of(byIndex), PropertyPaths.of(event(wildcard, byIndex, panelStart))
                .coveringClaim("items[panel-2].start"));
        assertEquals(Optional.of(panelStart), PropertyPaths.of(event(wildcard, panelStart, byIndex))
                .coveringClaim("items[panel-2].start"));
    }

    @Test
    void aPathThatNamesNothingIsComparedBySpelling() {
        Event event = event(Claim.inferred("programme.days[4].date", null, "a day that is not there"));
        assertEquals(Certainty.INFERRED, PropertyPaths.of(event).certaintyOf("programme.days[4].date"));
        assertEquals(Certainty.STATED, PropertyPaths.of(event).certaintyOf("programme.days[0].date"));
    }

    @Test
    void findsTheNotesOnAPlaceWhicheverWayTheyAreSpelled() {
        EditorialNote byId = EditorialNote.of("items[panel-1].title", null, NoteKind.AMBIGUITY, null, "by id");
        EditorialNote byIndex = EditorialNote.of("programme.days[0].items[1].title", null, NoteKind.AMBIGUITY, null,
                "by index");
        EditorialNote other = EditorialNote.of("items[panel-2].title", null, NoteKind.AMBIGUITY, null, "other");
        Event event = event().toBuilder().provenance(Provenance.builder().note(byId).note(byIndex).note(other).build())
                .build();
        assertEquals(List.of(byId, byIndex), PropertyPaths.of(event).notesOn("programme.days[0].items[panel-1].title"));
        assertEquals(List.of(), PropertyPaths.of(event).notesOn("items[opening].title"));
    }
}
