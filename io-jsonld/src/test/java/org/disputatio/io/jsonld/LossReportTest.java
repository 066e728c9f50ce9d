package org.disputatio.io.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.junit.jupiter.api.Test;

/** The loss reports of the samples, pinned: codes and words. */
class LossReportTest {

    static final String UNESCO = "schema.org JSON-LD: 4 untimed items dated by their day only; "
            + "roles as printed not carried: every participant is a performer; "
            + "units, sectors and countries of people not exported; "
            + "positions and organisations of 3 people with several affiliations written unpaired; "
            + "sectors of organisations not exported; kinds and panel labels of items not exported; "
            + "day headings not exported; "
            + "the event's subtitle, kind, venue access and facilities, links, admission, proceedings and provenance "
            + "not exported";
    static final String SAINT_CYR = "schema.org JSON-LD: sectors of organisations not exported; "
            + "day headings not exported; the event's kind, proceedings and provenance not exported";

    @Test
    void unesco() {
        ExportReport report = Exports.of(Exports.sample("unesco-2017")).report();
        assertEquals(UNESCO, report.toText());
        assertEquals(List.of("untimed-items", "roles", "person-details", "affiliation-pairs", "organisation-sectors",
                "item-details", "day-labels", "event-details"), report.codes());
    }

    @Test
    void theLanguageChangesNothingInTheReport() {
        assertEquals(UNESCO, Exports.of(Exports.sample("unesco-2017"), ExportSettings.defaults().withLanguage("en"))
                .report().toText());
    }

    @Test
    void saintCyr() {
        ExportReport report = Exports.of(Exports.sample("saint-cyr-2014")).report();
        assertEquals(SAINT_CYR, report.toText());
        assertEquals(List.of("organisation-sectors", "day-labels", "event-details"), report.codes());
    }

    @Test
    void halvard() {
        ExportReport report = Exports.of(Exports.sample("halvard-forum-2031")).report();
        assertEquals("schema.org JSON-LD: 2 unscheduled items written without a date; "
                + "roles as printed not carried: every participant is a performer; "
                + "titles and descriptions of 5 contributions not exported; "
                + "units, sectors and countries of people not exported; "
                + "hosts given as organizer; partners given as contributor; sectors of organisations not exported; "
                + "kinds, headings, conditions, panel labels and tracks of items not exported; day headings not exported; "
                + "the event's subtitle, kind, venue access and facilities, links, admission, proceedings and provenance "
                + "not exported", report.toText());
    }
}
