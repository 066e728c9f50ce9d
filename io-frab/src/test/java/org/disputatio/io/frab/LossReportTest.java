package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disputatio.io.ExportReport;
import org.junit.jupiter.api.Test;

/** The loss reports of the three samples, pinned: codes and words. */
class LossReportTest {

    private static final String UNESCO_COMMON = "4 untimed items omitted; "
            + "4 items without an end given the next item's start as end; "
            + "2 items without an end and no later item given duration 0:00; "
            + "6 items without a room placed in \u201cMaison de l'UNESCO\u201d; ";
    private static final String UNESCO_TAIL = "roles and contributions flattened into the description; "
            + "honorifics, affiliations and countries of people not exported; day headings not exported; "
            + "subtitle, venue, organisations, audience, links, proceedings and provenance not exported";
    private static final String HALVARD = "2 unscheduled items omitted; "
            + "2 nested items exported as events of their own beside their parents; "
            + "2 items without an end and no later item given duration 0:00; "
            + "5 items without a room placed in \u201cHalvard Conference Centre\u201d; "
            + "roles and contributions flattened into the description; "
            + "honorifics, affiliations and countries of people not exported; conditions of 7 items not exported; "
            + "day headings not exported; "
            + "subtitle, description, venue, organisations, audience, links, proceedings and provenance not exported";
    private static final String SAINT_CYR = "no time zone: day boundaries written in UTC; day headings not exported; "
            + "organisations, proceedings and provenance not exported";
    private static final String JSON_ONLY = "; item kinds reduced to frab's event types (%d as OTHER); "
            + "items have no page of their own: url given as urn:uuid; roles reduced to frab's SPEAKER and MODERATOR; "
            + "%d items without a track given the track \u201cgeneral\u201d";

    @Test
    void unescoInItsFirstLanguage() {
        ExportReport xml = Frab.xml(Frab.sample("unesco-2017")).report();
        assertEquals("frab XML: " + UNESCO_COMMON + "5 texts in en dropped (language chosen: fr); " + UNESCO_TAIL,
                xml.toText());
        assertEquals(List.of("untimed-items", "derived-ends", "zero-durations", "default-room", "other-languages",
                "roles-flattened", "person-details", "day-labels", "event-details"), xml.codes());
        ExportReport json = Frab.json(Frab.sample("unesco-2017")).report();
        assertEquals("frab JSON: " + UNESCO_COMMON + "5 texts in en dropped (language chosen: fr); " + UNESCO_TAIL
                + String.format(JSON_ONLY, 2, 6), json.toText());
        assertEquals(List.of("untimed-items", "derived-ends", "zero-durations", "default-room", "other-languages",
                "roles-flattened", "person-details", "day-labels", "event-details", "item-kinds", "item-urls",
                "participant-roles", "default-track"), json.codes());
    }

    @Test
    void unescoInEnglishSaysWhatIsOnlyInFrench() {
        ExportReport xml = Frab.xml(Frab.sample("unesco-2017"), "en").report();
        assertEquals("frab XML: " + UNESCO_COMMON + "3 texts missing in en written in fr; "
                + "5 texts in fr dropped (language chosen: en); " + UNESCO_TAIL, xml.toText());
        assertEquals(List.of("untimed-items", "derived-ends", "zero-durations", "default-room", "missing-translations",
                "other-languages", "roles-flattened", "person-details", "day-labels", "event-details"), xml.codes());
    }

    @Test
    void saintCyr() {
        assertEquals("frab XML: " + SAINT_CYR, Frab.xml(Frab.sample("saint-cyr-2014")).report().toText());
        assertEquals("frab JSON: " + SAINT_CYR, Frab.json(Frab.sample("saint-cyr-2014")).report().toText());
        assertEquals(List.of("no-time-zone", "day-labels", "event-details"),
                Frab.json(Frab.sample("saint-cyr-2014")).report().codes());
    }

    @Test
    void halvard() {
        ExportReport xml = Frab.xml(Frab.sample("halvard-forum-2031")).report();
        assertEquals("frab XML: " + HALVARD, xml.toText());
        assertEquals(List.of("unscheduled-items", "nested-items", "zero-durations", "default-room", "roles-flattened",
                "person-details", "conditions", "day-labels", "event-details"), xml.codes());
        ExportReport json = Frab.json(Frab.sample("halvard-forum-2031")).report();
        assertEquals("frab JSON: " + HALVARD + String.format(JSON_ONLY, 8, 13), json.toText());
    }

    @Test
    void theEdgeEventReportsSeveralRoomsAndAnUnnamedZone() {
        ExportReport json = Frab.json(Frab.edge()).report();
        assertEquals("frab JSON: 1 untimed item omitted; 1 nested item exported as an event of its own beside its "
                + "parent; 1 item in several rooms listed in the first only; "
                + "roles and contributions flattened into the description; honorifics of people not exported; "
                + "time zone Etc/GMT+3 not named (frab JSON takes Area/City names and UTC only); "
                + "item kinds reduced to frab's event types (0 as OTHER); "
                + "items have no page of their own: url given as urn:uuid; roles reduced to frab's SPEAKER and "
                + "MODERATOR; 2 items without a track given the track \u201cgeneral\u201d", json.toText());
    }
}
