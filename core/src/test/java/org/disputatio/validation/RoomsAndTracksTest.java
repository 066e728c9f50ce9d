package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.DAY_ONE;
import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Room;
import org.disputatio.model.Track;
import org.disputatio.model.Venue;
import org.junit.jupiter.api.Test;

/** Parallel tracks and rooms: items name them, validation resolves them, overlapping items in different ones are fine. */
class RoomsAndTracksTest {

    private static Event parallel(String roomOfB, String trackOfB, Track... tracks) {
        Panel a = Panel.builder("panel-a").start(LocalTime.of(10, 0)).end(LocalTime.of(11, 0)).room("salle-1")
                .track("law").participant(new Participation("ada", "panellist")).build();
        Panel b = Panel.builder("panel-b").start(LocalTime.of(10, 0)).end(LocalTime.of(11, 0)).room(roomOfB)
                .track(trackOfB).participant(new Participation("alan", "panellist")).build();
        return builder().venue(Venue.named(LocalizedText.of("en", "UNESCO")).withRooms(List.of(
                        new Room("salle-1", LocalizedText.of("en", "Room I")), new Room("salle-2", LocalizedText.empty()))))
                .programme(new Programme(List.of(ProgrammeDay.of(DAY_ONE, List.of(a, b)))).withTracks(List.of(tracks)))
                .build();
    }

    private static List<String> findings(Event event) {
        return EventValidator.english().validate(event).findings().stream().map(Object::toString).toList();
    }

    @Test
    void twoPanelsInTwoRoomsAndTracksAtOnceAreValid() {
        assertEquals(List.of(), findings(parallel("salle-2", "tech", new Track("law", LocalizedText.empty()),
                new Track("tech", LocalizedText.empty()))));
    }

    @Test
    void aRoomTheVenueLacksAndATrackTheProgrammeLacksAreErrors() {
        assertEquals(List.of("ERROR programme.days[0].items[1].rooms[0]: no room with id 'salle-9' in the venue",
                        "ERROR programme.days[0].items[1].track: no track with id 'ethics' in the programme"),
                findings(parallel("salle-9", "ethics", new Track("law", LocalizedText.empty()))));
    }

    @Test
    void trackIdsAreUnique() {
        assertEquals(List.of("ERROR programme.tracks[1].id: id 'law' is already used by programme.tracks[0]"),
                findings(parallel("salle-2", "law", new Track("law", LocalizedText.empty()),
                        new Track("law", LocalizedText.empty()))));
    }
}
