package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.Certainty;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.Involvement;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NoteKind;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Sector;
import org.disputatio.model.Term;
import org.disputatio.validation.EventValidator;
import org.junit.jupiter.api.Test;

class SaintCyrSymposium2014Test {

    private final Event event = SaintCyrSymposium2014.event();

    @Test
    void validatesWithoutAnyFinding() {
        EventValidator.english().validate(event).assertNoFindings();
    }

    @Test
    void isAnEnglishSymposiumOnOneDay() {
        assertEquals("saint-cyr-2014", event.id());
        assertEquals("symposium", event.kind().code());
        assertEquals(List.of("en"), event.languages());
        assertEquals(LocalDate.of(2014, 5, 14), event.startDate());
        assertEquals(LocalDate.of(2014, 5, 14), event.endDate());
    }

    @Test
    void marksTheYearAsInferred() {
        assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("startDate"));
        assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("endDate"));
        assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("programme.days[0].date"));
        String rationale = event.provenance().claim("startDate").orElseThrow().rationale();
        assertTrue(rationale.contains("Wednesday (May 14th)") && rationale.contains("2013"), rationale);
    }

    @Test
    void marksTheTitleAndTheLanguageAsInferred() {
        assertEquals(LocalizedText.of("en", "(Re)building cyberconfidence amongst partners and allies"),
                event.title());
        assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("title"));
        assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("languages"));
    }

    @Test
    void hasOneWednesdayWithNoItems() {
        assertEquals(1, event.programme().days().size());
        ProgrammeDay day = event.programme().days().get(0);
        assertEquals(LocalDate.of(2014, 5, 14), day.date());
        assertEquals(Optional.of(DayOfWeek.WEDNESDAY), day.statedWeekday());
        assertEquals(LocalizedText.of("en", "Wednesday (May 14th)"), day.label());
        assertEquals(List.of(), day.items());
    }

    @Test
    void isOrganisedByTheChairSogetiAndThalesInPrintedOrder() {
        assertEquals(List.of(Involvement.organiser("saint-cyr-chair"), Involvement.organiser("sogeti"),
                Involvement.organiser("thales")), event.involvements());
        assertEquals(LocalizedText.of("en", "Saint-Cyr Chair of Cyberdefense and Cybersecurity"),
                event.organisation("saint-cyr-chair").orElseThrow().name());
        assertEquals(Optional.of(Sector.COMPANY), event.organisation("sogeti").orElseThrow().sector());
        assertEquals(Optional.of(Sector.COMPANY), event.organisation("thales").orElseThrow().sector());
        assertTrue(event.organisations().stream().allMatch(o -> o.country().isEmpty()));
    }

    @Test
    void namesNoVenueNoPeopleNoTimeZone() {
        assertEquals(Optional.empty(), event.venue());
        assertEquals(List.of(), event.people());
        assertEquals(Optional.empty(), event.timeZone());
        assertEquals(List.of(), event.links());
        assertTrue(event.audience().groups().isEmpty() && event.audience().admission().isEmpty());
    }

    @Test
    void recordsThatTheReportAlsoCallsItASeminar() {
        EditorialNote note = event.provenance().notesOn("kind").stream().findFirst().orElseThrow();
        assertEquals(NoteKind.INCONSISTENCY, note.kind());
        assertEquals(Optional.of("This seminar highlighted"), note.quoted());
        assertEquals(Optional.of(SaintCyrSymposium2014.SOURCE), note.source());
    }

    @Test
    void keepsTheFourParagraphsOfTheReportAsTheSummary() {
        List<LocalizedText> summary = event.proceedings().summary();
        assertEquals(4, summary.size());
        assertTrue(summary.stream().allMatch(p -> p.languages().equals(java.util.Set.of("en"))));
        assertTrue(summary.get(0).get("en").orElseThrow().startsWith("The Saint-Cyr Chair of Cyberdefense"));
        assertTrue(summary.get(1).get("en").orElseThrow().contains("Restoring trust is a condicio sine qua non."));
        assertTrue(summary.get(3).get("en").orElseThrow().endsWith("intends to contribute to this."));
    }

    @Test
    void indexesTheThemesTheReportNames() {
        List<String> codes = event.proceedings().themes().stream().map(Term::code).toList();
        for (String code : List.of("signals-intelligence", "prism", "quantum", "sigint", "trust-among-allies",
                "cyberterrorism", "cyberwarfare", "cybercrime", "privacy", "bilateral-partnerships")) {
            assertTrue(codes.contains(code), code);
        }
        assertEquals(codes.size(), codes.stream().distinct().count());
    }

    @Test
    void coversTheSocietalLegalDiplomaticAndCommercialDimensions() {
        assertEquals(List.of("societal", "legal", "diplomatic", "commercial"),
                event.proceedings().dimensions().stream().map(Term::code).toList());
    }

    @Test
    void thanksThePartners() {
        assertEquals(List.of(LocalizedText.of("en", "The Chair thanks its partners")),
                event.proceedings().acknowledgements());
        assertEquals(List.of(), event.proceedings().quotes());
    }

    @Test
    void citesTheReportAsTheOneSource() {
        assertEquals(1, event.provenance().sources().size());
        assertEquals("saint-cyr-2014-report", event.provenance().sources().get(0).id());
        assertEquals(Optional.of("saint-cyr-2014-symposium-report.txt"),
                event.provenance().sources().get(0).reference());
    }
}
