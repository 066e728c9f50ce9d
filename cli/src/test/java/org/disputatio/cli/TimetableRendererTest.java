package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.Certainty;
import org.disputatio.model.Event;
import org.disputatio.model.NameOrder;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;

/** The timetable: times as stated, roles in printed order, translations not invented either. */
class TimetableRendererTest {

    private static final String ENGLISH = new TimetableRenderer(UiLanguage.EN, 80).render(SmallEvents.full());
    private static final String FRENCH = new TimetableRenderer(UiLanguage.FR, 80).render(SmallEvents.full());

    private static String lineWith(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + needle + "' in:\n" + text));
    }

    private static int indexOf(String text, String needle) {
        int index = text.indexOf(needle);
        assertTrue(index >= 0, () -> "no '" + needle + "' in:\n" + text);
        return index;
    }

    @Test
    void printsStatedStartTimesAndRanges() {
        assertTrue(lineWith(ENGLISH, "Opening").matches(" {2}09:30 +Opening"), ENGLISH);
        assertTrue(lineWith(ENGLISH, "Lunch").matches(" {2}12:30–14:00 +Lunch"), ENGLISH);
    }

    @Test
    void itemWithoutTimeShowsBlankTimeColumnNotAnInventedTime() {
        String panel = lineWith(ENGLISH, "Panel 2");
        String conclusion = lineWith(ENGLISH, "Conclusion");

        assertTrue(panel.startsWith("  --:--  "), panel);
        assertTrue(conclusion.startsWith("  --:--  "), conclusion);
        // The untimed panel follows a 09:30 item; no other time appears for it.
        assertFalse(panel.matches(".*\\d\\d:\\d\\d.*"), panel);
    }

    @Test
    void timeColumnShowsOnlyWhatIsStated() {
        assertEquals("--:--", TimetableRenderer.timeColumn(Optional.empty(), Optional.empty()));
        assertEquals("09:30", TimetableRenderer.timeColumn(Optional.of(LocalTime.of(9, 30)), Optional.empty()));
        assertEquals("--:--–12:30", TimetableRenderer.timeColumn(Optional.empty(), Optional.of(LocalTime.of(12, 30))));
    }

    @Test
    void itemsLineUpInOneColumnAfterTheTime() {
        int opening = lineWith(ENGLISH, "Opening").indexOf("Opening");
        int panel = lineWith(ENGLISH, "Panel 2").indexOf("Panel 2");
        int lunch = lineWith(ENGLISH, "Lunch").indexOf("Lunch");

        assertEquals(opening, panel);
        assertEquals(opening, lunch);
    }

    @Test
    void untitledItemShowsItsKind() {
        assertTrue(lineWith(ENGLISH, "17:30").matches(" {2}17:30 +\\(End of day\\)"), ENGLISH);
        assertTrue(lineWith(FRENCH, "17:30").matches(" {2}17:30 +\\(Fin de journée\\)"), FRENCH);
    }

    @Test
    void kindsAndSectorsTheEventRegistersAreShownWithTheirOwnLabels() {
        var posters = org.disputatio.model.Session.builder("posters",
                org.disputatio.model.AgendaItemKind.of("poster-session")).start(java.time.LocalTime.of(18, 0)).build();
        var event = SmallEvents.full().toBuilder()
                .kind(org.disputatio.model.EventKind.of("hackathon"))
                .define(org.disputatio.model.Vocabulary.EVENT_KIND, org.disputatio.model.Definition.of("hackathon",
                        org.disputatio.model.LocalizedText.of("en", "Hackathon", "fr", "Marathon de programmation")))
                .define(org.disputatio.model.Vocabulary.ITEM_KIND, org.disputatio.model.Definition.of("poster-session",
                        org.disputatio.model.LocalizedText.of("en", "Poster session", "fr", "Session de posters")))
                .define(org.disputatio.model.Vocabulary.SECTOR, org.disputatio.model.Definition.of("trade-union",
                        org.disputatio.model.LocalizedText.of("en", "Trade union", "fr", "Syndicat")))
                .organisation(org.disputatio.model.Organisation.builder("cgt").acronym("CGT")
                        .sector(org.disputatio.model.Sector.of("trade-union")).build())
                .programme(new org.disputatio.model.Programme(java.util.List.of(), java.util.List.of(posters)))
                .build();
        String english = new TimetableRenderer(UiLanguage.EN, 80).render(event);
        String french = new TimetableRenderer(UiLanguage.FR, 80).render(event);
        assertTrue(english.contains("(Poster session)") && french.contains("(Session de posters)"), english + french);
        assertTrue(english.contains("Hackathon") && french.contains("Marathon de programmation"), english + french);
        assertTrue(english.contains("- CGT, trade union") && french.contains("- CGT, syndicat"), english + french);
    }

    @Test
    void panelIsHeadedWithItsNumberAndTitle() {
        assertTrue(ENGLISH.contains("Panel 2 — [fr] Qui peut faire quoi ?"), ENGLISH);
        assertTrue(FRENCH.contains("Panel 2 — Qui peut faire quoi ?"), FRENCH);
    }

    @Test
    void groupsPeopleByRoleInPrintedOrder() {
        // Printed order: Ada (Inventio), Alan (Elocutio), Grace (Inventio), Alan (chair of the day).
        String panel = ENGLISH.substring(indexOf(ENGLISH, "Panel 2"), indexOf(ENGLISH, "Lunch"));

        int inventio = indexOf(panel, "Inventio");
        int ada = indexOf(panel, "Ms Ada LOVELACE");
        int grace = indexOf(panel, "Dr Grace HOPPER");
        int elocutio = indexOf(panel, "Elocutio");
        int alan = indexOf(panel, "Mr. Alan TURING");
        int chair = indexOf(panel, "Chair of the day");
        assertTrue(inventio < ada && ada < grace && grace < elocutio && elocutio < alan && alan < chair, panel);
        assertEquals(1, panel.split("Inventio", -1).length - 1, "one Inventio group:\n" + panel);
    }

    @Test
    void roleLabelsInTheChosenLanguageIncludingRolesTheEventAdds() {
        assertTrue(ENGLISH.contains("Opening speaker"), ENGLISH);
        assertTrue(FRENCH.contains("Orateur d'ouverture"), FRENCH);
        assertTrue(FRENCH.contains("Président du jour"), FRENCH);
    }

    @Test
    void personShowsHonorificNamePositionOrganisationAndCountry() {
        assertTrue(ENGLISH.contains("Mr. Alan TURING, Director, OECD"), ENGLISH);
        assertTrue(ENGLISH.contains("Ms Ada LOVELACE, University Grenoble-Alpes (France)"), ENGLISH);
        String grace = String.join(" ", ENGLISH.substring(indexOf(ENGLISH, "Dr Grace HOPPER")).lines()
                .limit(2).map(String::strip).toList());
        assertTrue(grace.startsWith("Dr Grace HOPPER, Director general, ANSSI ([fr] Agence nationale de la sécurité"
                + " des systèmes d'information) (United States)"), grace);
    }

    @Test
    void missingTranslationIsShownTaggedWithItsLanguage() {
        assertTrue(ENGLISH.contains("[fr] Maison de l'UNESCO"), ENGLISH);
        assertTrue(FRENCH.contains("[en] University Grenoble-Alpes"), FRENCH);
        assertTrue(FRENCH.contains("[en] PRISM"), FRENCH);
        // A text present in the chosen language carries no tag.
        assertTrue(FRENCH.contains("  Maison de l'UNESCO"), FRENCH);
        assertFalse(FRENCH.contains("[fr]"), FRENCH);
    }

    @Test
    void frenchOutputUsesFrenchLabelsAndDates() {
        for (String expected : List.of("Lieu", "Accès :", "Métro 6 – Cambronne", "Jeudi 6 avril (2017-04-06)",
                "jeudi 6 avril 2017 – vendredi 7 avril 2017", "Actes", "Thèmes", "Citations", "Notes éditoriales",
                "Fuseau horaire :", "Déjeuner", "Proposé en : 11 langues")) {
            assertTrue(FRENCH.contains(expected), () -> "no '" + expected + "' in:\n" + FRENCH);
        }
        assertFalse(FRENCH.contains("Venue"), FRENCH);
    }

    @Test
    void aDayIsHeadedOnceAsPrintedOrByItsDate() {
        assertTrue(ENGLISH.lines().anyMatch(line -> line.matches("Thursday April 6th \\(2017-04-06\\)|.*\\(2017-04-06\\)")),
                ENGLISH);
        assertFalse(ENGLISH.contains("2017 — "), ENGLISH);
        String narrow = new TimetableRenderer(UiLanguage.EN, 40).render(SmallEvents.full());
        assertTrue(narrow.lines().anyMatch(line -> line.endsWith("(2017-04-06)") && line.length() <= 40), narrow);
    }

    @Test
    void aContributionFollowsItsPerson() {
        var event = SmallEvents.full();
        var day = event.programme().days().get(0);
        var item = day.items().get(0);
        var contribution = item.participants().get(0).withTitle(org.disputatio.model.LocalizedText.of("en",
                "The due diligence principle")).withDescription(org.disputatio.model.LocalizedText.of("en", "A paper."));
        var changed = org.disputatio.model.Session.builder(item.id(), item.kind()).participant(contribution).build();
        String text = new TimetableRenderer(UiLanguage.EN, 100).render(event.withProgramme(new org.disputatio.model.Programme(
                List.of(new org.disputatio.model.ProgrammeDay(day.date(), day.statedWeekday(), day.label(), List.of(changed))))));
        assertTrue(text.lines().anyMatch(line -> line.endsWith(" — The due diligence principle")), text);
        assertTrue(text.lines().anyMatch(line -> line.strip().equals("A paper.")), text);
    }

    @Test
    void itemsNotYetScheduledComeUnderTheirOwnHeadingAfterTheDays() {
        var event = SmallEvents.full();
        var keynote = org.disputatio.model.Session.builder("keynote-tbc", org.disputatio.model.AgendaItemKind.KEYNOTE)
                .title(org.disputatio.model.LocalizedText.of("en", "Keynote, speaker to be confirmed")).build();
        var programme = event.programme().withUnscheduled(List.of(keynote));
        String english = new TimetableRenderer(UiLanguage.EN, 100).render(event.withProgramme(programme));
        String french = new TimetableRenderer(UiLanguage.FR, 100).render(event.withProgramme(programme));
        int heading = english.indexOf("\nNot yet scheduled (programme to be confirmed)\n");
        assertTrue(heading > english.lastIndexOf("(2017-04-0"), english);
        assertTrue(english.indexOf("Keynote, speaker to be confirmed") > heading, english);
        assertTrue(french.contains("\nPas encore programmé (programme à confirmer)\n"), french);
        String onlyUnscheduled = new TimetableRenderer(UiLanguage.EN, 100).render(event.withProgramme(
                org.disputatio.model.Programme.empty().withUnscheduled(List.of(keynote))));
        assertFalse(onlyUnscheduled.contains("No programme recorded."), onlyUnscheduled);
    }

    @Test
    void parallelItemsSayWhereTheyRunAndThatTheyRunInParallel() {
        var event = SmallEvents.full();
        var day = event.programme().days().get(0);
        var a = org.disputatio.model.Panel.builder("a").start(java.time.LocalTime.of(10, 0))
                .end(java.time.LocalTime.of(11, 0)).room("salle-1").track("law").build();
        var b = org.disputatio.model.Panel.builder("b").start(java.time.LocalTime.of(10, 30)).track("tech")
                .condition(org.disputatio.model.ItemCondition.CHATHAM_HOUSE_RULE).build();
        var programme = new org.disputatio.model.Programme(List.of(new org.disputatio.model.ProgrammeDay(day.date(),
                day.statedWeekday(), day.label(), List.of(a, b)))).withTracks(List.of(
                        new org.disputatio.model.Track("law", org.disputatio.model.LocalizedText.of("en", "Law track")),
                        new org.disputatio.model.Track("tech", org.disputatio.model.LocalizedText.empty())));
        var venue = event.venue().orElseThrow().withRooms(List.of(new org.disputatio.model.Room("salle-1",
                org.disputatio.model.LocalizedText.of("en", "Room I"))));
        String text = new TimetableRenderer(UiLanguage.EN, 100).render(event.toBuilder().venue(venue)
                .programme(programme).build());
        assertTrue(text.lines().anyMatch(line -> line.equals("│              Room I · Law track · in parallel")), text);
        assertTrue(text.lines().anyMatch(line -> line.equals("│              tech · in parallel · Chatham House Rule")),
                text);
    }

    @Test
    void eachRunOfParallelItemsHasOneBarDownItsMarginAndTheNextRunItsOwn() {
        String text = new TimetableRenderer(UiLanguage.EN, 80).render(
                org.disputatio.examples.Samples.get("halvard-forum-2031").orElseThrow());
        String runs = text.substring(text.indexOf("  11:05–11:30  Coffee break"), text.indexOf("  18:30–20:00"));
        assertTrue(runs.startsWith("  11:05–11:30  Coffee break\n\n│ 11:30–13:00  Panel 2 — Attribution without "
                + "escalation\n│              Room A · Law and norms · in parallel · Chatham House Rule\n│\n"), runs);
        // the bar runs on from panel 2 to the workshop beside it, and breaks before the next run
        assertTrue(runs.contains("│\n│ 11:30–13:00  Incident response"), runs);
        assertTrue(runs.contains("\n\n│ 13:00–14:00  Lunch\n│              in parallel\n│\n│ 13:00–17:00"), runs);
        assertEquals(5, runs.lines().filter(line -> line.contains("in parallel")).count(), runs);
    }

    @Test
    void containedItemsArePrintedUnderTheirParentIndentedAndNotInParallel() {
        String text = new TimetableRenderer(UiLanguage.EN, 80).render(SmallEvents.nested());
        assertTrue(text.contains(String.join("\n",
                "  09:30–11:05  Opening remarks and panel discussion",
                "",
                "    09:30–09:50  Keynote address",
                "                 Sovereignty in a connected world",
                "",
                "                 Keynote speaker",
                "                   Ms Ada LOVELACE, University Grenoble-Alpes (France)",
                "",
                "    09:50–11:05  Panel 1 — Who does what?",
                "                 Panellist",
                "                   Mr. Alan TURING, Director, OECD",
                "",
                "      10:45        Questions from the floor",
                "",
                "  11:05        Lunch",
                "")), text);
        assertFalse(text.contains("in parallel"), text);
    }

    @Test
    void aHeadingComesBeforeTheTitleOnItsOwnLine() {
        String text = new TimetableRenderer(UiLanguage.FR, 80).render(SmallEvents.nested());
        int heading = indexOf(text, "09:30–09:50  Discours liminaire");
        assertTrue(text.indexOf("Souveraineté dans un monde connecté") > heading, text);
    }

    @Test
    void siblingsThatOverlapInsideAParentAreStillParallel() {
        var event = SmallEvents.nested();
        var block = (org.disputatio.model.Session) event.programme().days().get(0).items().get(0);
        var a = org.disputatio.model.Session.builder("a", org.disputatio.model.AgendaItemKind.OTHER)
                .start(LocalTime.of(10, 0)).end(LocalTime.of(11, 0)).build();
        var b = org.disputatio.model.Session.builder("b", org.disputatio.model.AgendaItemKind.OTHER)
                .start(LocalTime.of(10, 0)).build();
        var nested = org.disputatio.model.Session.builder(block.id(), block.kind()).start(block.start().get())
                .end(block.end().get()).title(block.title()).item(a).item(b).build();
        var day = event.programme().days().get(0);
        String text = new TimetableRenderer(UiLanguage.EN, 80).render(event.withProgramme(
                org.disputatio.model.Programme.of(new org.disputatio.model.ProgrammeDay(day.date(),
                        day.statedWeekday(), day.label(), List.of(nested)))));
        assertEquals(2, text.lines().filter(line -> line.endsWith("  in parallel")).count(), text);
        assertTrue(text.contains("  │ 10:00        (Other)\n  │              in parallel\n"), text);
    }

    @Test
    void nestedItemsStillWrapToTheWidth() {
        for (int width : new int[] {40, 60, 80}) {
            String text = new TimetableRenderer(UiLanguage.EN, width).render(SmallEvents.nested());
            text.lines().filter(line -> !line.contains("https://")).forEach(line ->
                    assertTrue(line.length() <= width, () -> "longer than " + width + ": '" + line + "'"));
        }
        String narrow = new TimetableRenderer(UiLanguage.EN, 40).render(SmallEvents.nested());
        assertTrue(narrow.contains(String.join("\n",
                "    09:30–09:50  Keynote address",
                "                 Sovereignty in a",
                "                 connected world")), narrow);
    }

    @Test
    void anOrganisationSaysWhatItIsPartOfAndWhereItIs() {
        var event = SmallEvents.full();
        var chair = org.disputatio.model.Organisation.builder("chair").name("en", "Castex Chair").parent("uga")
                .locality("Grenoble").country("FR").build();
        String text = new TimetableRenderer(UiLanguage.EN, 120).render(event.toBuilder().organisation(chair).build());
        assertTrue(text.contains("  - Castex Chair, part of University Grenoble-Alpes, Grenoble, France"), text);
    }

    @Test
    void listsThePeopleAndOrganisationsRegistered() {
        assertTrue(ENGLISH.contains("\nPeople\n------\n  - Ms Ada LOVELACE"), ENGLISH);
        assertTrue(ENGLISH.contains("\nOrganisations\n-------------\n  - University Grenoble-Alpes, academia, France"),
                ENGLISH);
        assertTrue(FRENCH.contains("\nPersonnes\n---------\n"), FRENCH);
        assertTrue(FRENCH.contains("University Grenoble-Alpes, monde universitaire, France"), FRENCH);
        assertTrue(ENGLISH.indexOf("\nPeople\n") > ENGLISH.indexOf("\nProgramme\n"), "after the programme");
    }

    @Test
    void namesPeopleAsPrintedWhateverTheirParts() {
        Event event = SmallEvents.full().toBuilder().people(List.of(
                Speaker.builder("ada").name("Sukarno").build(),
                Speaker.builder("alan").honorific("Ms").name("Qi XIAOXIA", "XIAOXIA", "Qi", NameOrder.FAMILY_FIRST,
                        Certainty.INFERRED).build(),
                Speaker.builder("grace").name("Anne Marie LECLERC", "Anne Marie", "Leclerc", NameOrder.GIVEN_FIRST,
                        Certainty.INFERRED).build())).build();
        String text = new TimetableRenderer(UiLanguage.EN, 80).render(event);
        assertTrue(text.contains("\nPeople\n------\n  - Sukarno\n  - Ms Qi XIAOXIA\n  - Anne Marie LECLERC\n"), text);
        assertFalse(text.contains("Leclerc"), text);
    }

    @Test
    void headerGivesTitleSubtitleDatesAndTimeZone() {
        List<String> lines = ENGLISH.lines().toList();

        assertEquals("Small conference", lines.get(0));
        assertEquals("Public actors, private actors", lines.get(1));
        assertTrue(ENGLISH.contains("Dates:      Thursday 6 April 2017 – Friday 7 April 2017 (inferred)"), ENGLISH);
        assertTrue(ENGLISH.contains("Europe/Paris"), ENGLISH);
    }

    @Test
    void venueWithAddressAccessAndFacilities() {
        assertTrue(ENGLISH.contains("125, avenue de Suffren, 75007 Paris, France"), ENGLISH);
        assertTrue(ENGLISH.contains("Metro 6 – Cambronne"), ENGLISH);
        assertTrue(ENGLISH.contains("Bus 28"), ENGLISH);
        assertTrue(ENGLISH.contains("Food available on site"), ENGLISH);
    }

    @Test
    void linksAudienceProceedingsAndProvenanceFollowTheProgramme() {
        int programme = indexOf(ENGLISH, "Programme\n---------");
        int links = indexOf(ENGLISH, "Links\n-----");
        int audience = indexOf(ENGLISH, "Audience\n--------");
        int proceedings = indexOf(ENGLISH, "Proceedings\n-----------");
        int provenance = indexOf(ENGLISH, "Provenance\n----------");
        assertTrue(programme < links && links < audience && audience < proceedings && proceedings < provenance);

        for (String expected : List.of("https://example.org/platform", "Admission: Public access",
                "Allies must rebuild trust.", "- signals intelligence", "- legal", "Digital lies at the heart.",
                "— Ms Ada LOVELACE, Secretary-General", "Thanks to the partners",
                "- programme: Programme (programme.txt; fr, en)", "- endDate [programme]",
                "The programme spans two days.", "- venue.name [placeholder, programme]", "“00 00 00 00”",
                "A placeholder, not a phone number.")) {
            assertTrue(ENGLISH.contains(expected), () -> "no '" + expected + "' in:\n" + ENGLISH);
        }
    }

    @Test
    void wrapsEveryLineToTheWidth() {
        for (int width : new int[] {40, 60, 80}) {
            String text = new TimetableRenderer(UiLanguage.EN, width).render(SmallEvents.full());
            text.lines().filter(line -> !line.contains("https://")).forEach(line ->
                    assertTrue(line.length() <= width, () -> "longer than " + width + ": '" + line + "'"));
        }
    }

    @Test
    void brokenEventIsPrintedAsItIsNotThrown() {
        String text = assertDoesNotThrow(() ->
                new TimetableRenderer(UiLanguage.EN, 80).render(SmallEvents.danglingReferences()));

        assertTrue(text.contains("ghost (unknown person)"), text);
        assertTrue(text.contains("no-such-role"), text);
    }

    @Test
    void emptyEventPrintsWithoutInventingAnything() {
        String text = new TimetableRenderer(UiLanguage.EN, 80).render(Event.builder("empty").build());

        assertTrue(text.startsWith("(untitled)\n"), text);
        assertTrue(text.contains("Dates:     not stated"), text);
        assertTrue(text.contains("Time zone: not stated"), text);
        assertTrue(text.contains("No programme recorded."), text);
        assertFalse(text.contains("Venue"), text);
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), text);
    }
}
