package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the frab JSON holds beyond the XML: frab's types, roles, tracks, slugs and URLs. */
class JsonExportTest {

    private static final JsonNode HALVARD = Frab.json(Frab.sample("halvard-forum-2031")).json();
    private static final JsonNode EDGE = Frab.json(Frab.edge()).json();

    private static JsonNode event(JsonNode schedule, String title) {
        for (JsonNode event : schedule.get("schedule").get("events")) {
            if (event.get("title").asString().equals(title)) {
                return event;
            }
        }
        throw new AssertionError("no event titled " + title);
    }

    @Test
    void theConferenceHasItsDaysRoomsAndTracks() {
        JsonNode conference = HALVARD.get("schedule").get("conference");
        assertEquals("halvard_forum_2031", conference.get("acronym").asString());
        assertEquals("2031-10-09T08:30:00+02:00", conference.get("start").asString());
        assertEquals("2031-10-10T12:00:00+02:00", conference.get("end").asString());
        assertEquals("Europe/Oslo", conference.get("time_zone_name").asString());
        assertEquals(2, conference.get("days").size());
        assertEquals(5, conference.get("rooms").size());
        List<String> tracks = new ArrayList<>();
        conference.get("tracks").forEach(t -> tracks.add(t.get("slug").asString() + "=" + t.get("name").asString()));
        assertEquals(List.of("general=General", "law=Law and norms", "tech=Technology and operations"), tracks);
        assertEquals(16, HALVARD.get("schedule").get("events").size());
    }

    @Test
    void theConferenceListsTheLanguagesWritten() {
        JsonNode english = Frab.json(Frab.sample("unesco-2017"), "en").json();
        assertEquals("[\"en\",\"fr\"]", english.get("schedule").get("conference").get("languages").toString(),
                "panel 1 is in French only");
        assertEquals("[\"en\"]", HALVARD.get("schedule").get("conference").get("languages").toString());
    }

    @Test
    void kindsBecomeFrabTypes() {
        assertEquals("DISCUSSION", event(HALVARD, "Attribution without escalation").get("type").asString());
        assertEquals("WORKSHOP", event(HALVARD, "Incident response across borders: a table-top exercise")
                .get("type").asString());
        assertEquals("TALK", event(HALVARD, "Sovereignty in a connected world").get("type").asString());
        assertEquals("OTHER", event(HALVARD, "Lunch").get("type").asString());
    }

    @Test
    void moderatorsAreModeratorsEveryoneElseSpeaks() {
        JsonNode panel = event(EDGE, "Machines");
        List<String> people = new ArrayList<>();
        panel.get("participants").forEach(p -> people.add(p.get("name").asString() + "/" + p.get("role").asString()));
        assertEquals(List.of("Ada Lovelace/MODERATOR", "Alan Turing/SPEAKER"), people);
    }

    @Test
    void tracksSlugsAndUrls() {
        JsonNode panel = event(HALVARD, "Attribution without escalation");
        assertEquals("law", panel.get("track").get("slug").asString());
        assertEquals("general", event(HALVARD, "Lunch").get("track").get("slug").asString());
        assertEquals("halvard_forum_2031-panel-2", panel.get("slug").asString());
        assertEquals("urn:uuid:" + panel.get("guid").asString(), panel.get("url").asString());
        assertEquals("2031-10-09T13:00:00+02:00", panel.get("end").asString());
        assertTrue(panel.get("subtitle").isNull() || !panel.get("subtitle").asString().isEmpty());
        assertEquals("track-t", event(EDGE, "Engines").get("track").get("slug").asString(),
                "a one-letter id is no slug frab accepts");
        assertEquals("cw__-child", event(EDGE, "Night shift").get("slug").asString());
        assertEquals(null, EDGE.get("schedule").get("conference").get("time_zone_name"));
    }
}
