package org.disputatio.testkit;

import static org.disputatio.testkit.EventAssertions.assertFindings;
import static org.disputatio.testkit.EventAssertions.assertNoWarnings;
import static org.disputatio.testkit.EventAssertions.assertSatisfies;
import static org.disputatio.testkit.EventAssertions.assertValid;
import static org.disputatio.testkit.EventAssertions.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.disputatio.validation.BuiltInRules;
import org.disputatio.validation.Rule;
import org.disputatio.validation.Severity;
import org.junit.jupiter.api.Test;

class EventAssertionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 14);

    /** A valid event without any finding, in English and French. */
    static Event clean() {
        return Event.builder("forum")
                .title(LocalizedText.of("en", "Forum", "fr", "Forum"))
                .languages("en", "fr")
                .date(DAY)
                .person(Speaker.builder("ada").name("Ada", "Martin").build())
                .programme(Programme.of(ProgrammeDay.of(DAY,
                        Panel.builder("p1").start(LocalTime.of(9, 0)).end(LocalTime.of(10, 0))
                                .title(LocalizedText.of("en", "Norms", "fr", "Normes"))
                                .participant("ada", Roles.MODERATOR).build())))
                .build();
    }

    /**
     * An event with an error and a warning: the panel's title lacks its French (a warning, at
     * {@code programme.days[0].items[0].title}) and the second item starts before the first (an
     * error, at {@code programme.days[0].items[1].start}); the title of the event lacks French too
     * (a warning at {@code title}, which comes first in the document).
     */
    static Event faulty() {
        return Event.builder("forum")
                .title(LocalizedText.of("en", "Forum"))
                .languages("en", "fr")
                .date(DAY)
                .person(Speaker.builder("ada").name("Ada", "Martin").build())
                .programme(Programme.of(ProgrammeDay.of(DAY,
                        Panel.builder("p1").start(LocalTime.of(9, 0)).end(LocalTime.of(10, 0))
                                .title(LocalizedText.of("en", "Norms"))
                                .participant("ada", Roles.MODERATOR).build(),
                        Session.builder("s2", AgendaItemKind.BREAK).start(LocalTime.of(8, 30))
                                .end(LocalTime.of(8, 45)).build())))
                .build();
    }

    /** Only warnings: the event's title lacks French. */
    static Event warnedOnly() {
        return clean().withTitle(LocalizedText.of("en", "Forum"));
    }

    @Test
    void assertValidPassesOnAValidEventAndOnOneWithWarningsOnly() {
        assertValid(clean());
        assertValid(warnedOnly());
    }

    @Test
    void assertValidFailsListingEveryFindingInProgrammeOrder() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertValid(faulty()));
        assertEquals("""
                expected event "forum" to be valid, but it has 1 error and 2 warnings:
                  WARNING title (complete-translations): missing translation: fr
                  WARNING programme.days[0].items[0].title (complete-translations): missing translation: fr
                  ERROR   programme.days[0].items[1].start (times-in-order): starts at 08:30, before item 'p1' above it, which starts at 09:00
                """, error.getMessage());
    }

    @Test
    void theMessagesAreInFrenchWhenAskedFor() {
        AssertionError error = assertThrows(AssertionError.class, () -> EventAssertions.inFrench().assertValid(faulty()));
        assertEquals("""
                L'événement « forum » devait être valide, mais a 1 erreur et 2 avertissements :
                  AVERTISSEMENT title (complete-translations): traduction manquante : fr
                  AVERTISSEMENT programme.days[0].items[0].title (complete-translations): traduction manquante : fr
                  ERREUR        programme.days[0].items[1].start (times-in-order): commence à 08:30, avant le point 'p1' qui le précède et commence à 09:00
                """, error.getMessage());
        assertEquals(Locale.FRENCH, EventAssertions.in(Locale.CANADA_FRENCH).locale());
        assertEquals(Locale.ENGLISH, EventAssertions.in(Locale.GERMAN).locale());
        assertSame(EventAssertions.inEnglish(), EventAssertions.inEnglish());
    }

    @Test
    void assertNoWarningsPassesOnlyWithoutAnyFinding() {
        assertNoWarnings(clean());
        AssertionError error = assertThrows(AssertionError.class, () -> assertNoWarnings(warnedOnly()));
        assertEquals("""
                expected event "forum" to have no error and no warning, but it has 0 errors and 1 warning:
                  WARNING title (complete-translations): missing translation: fr
                """, error.getMessage());
    }

    /** A rule of a user's own: every panel has a moderator. */
    static final Rule PANELS_ARE_MODERATED = Rule.of("panels-are-moderated", Severity.ERROR, (event, findings) -> {
        for (int d = 0; d < event.programme().days().size(); d++) {
            var items = event.programme().days().get(d).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Panel panel
                        && panel.participants().stream().noneMatch(p -> p.role().equals("moderator"))) {
                    findings.add("programme.days[" + d + "].items[" + i + "]",
                            findings.locale().getLanguage().equals("fr") ? "panel sans modérateur" : "panel without a moderator");
                }
            }
        }
    });

    static Event unmoderated() {
        return clean().withProgramme(Programme.of(ProgrammeDay.of(DAY,
                Panel.builder("p1").start(LocalTime.of(9, 0)).end(LocalTime.of(10, 0))
                        .title(LocalizedText.of("en", "Norms", "fr", "Normes"))
                        .participant("ada", Roles.PANELLIST).build())));
    }

    @Test
    void assertSatisfiesRunsOnlyTheGivenRules() {
        assertSatisfies(clean(), PANELS_ARE_MODERATED);
        // the faulty event breaks built-in rules, not this one: only the rules given count
        assertSatisfies(faulty(), PANELS_ARE_MODERATED);
        assertSatisfies(warnedOnly(), BuiltInRules.TIMES_IN_ORDER, PANELS_ARE_MODERATED);
        AssertionError error = assertThrows(AssertionError.class,
                () -> assertSatisfies(faulty(), BuiltInRules.TIMES_IN_ORDER, PANELS_ARE_MODERATED));
        assertEquals("""
                expected event "forum" to satisfy rules times-in-order, panels-are-moderated, but it has 1 error and 0 warnings:
                  ERROR   programme.days[0].items[1].start (times-in-order): starts at 08:30, before item 'p1' above it, which starts at 09:00
                """, error.getMessage());
        AssertionError mine = assertThrows(AssertionError.class,
                () -> EventAssertions.inFrench().assertSatisfies(unmoderated(), PANELS_ARE_MODERATED));
        assertEquals("""
                L'événement « forum » devait satisfaire la règle panels-are-moderated, mais a 1 erreur et 0 avertissement :
                  ERREUR        programme.days[0].items[0] (panels-are-moderated): panel sans modérateur
                """, mine.getMessage());
        // a warning of a given rule fails too
        assertThrows(AssertionError.class, () -> assertSatisfies(warnedOnly(), BuiltInRules.COMPLETE_TRANSLATIONS));
    }

    @Test
    void assertSatisfiesRefusesWhatIsNoRule() {
        assertEquals("assertSatisfies needs at least one rule",
                assertThrows(IllegalArgumentException.class, () -> assertSatisfies(clean())).getMessage());
        assertEquals("rule 2 of 2 is null", assertThrows(IllegalArgumentException.class,
                () -> assertSatisfies(clean(), PANELS_ARE_MODERATED, null)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> assertSatisfies(clean(), PANELS_ARE_MODERATED, PANELS_ARE_MODERATED));
    }

    @Test
    void aNullEventFailsTheAssertionAndSaysSo() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertValid(null));
        assertEquals("assertValid: expected an event, but it is null", error.getMessage());
    }

    @Test
    void withRulesAddsTheUsersRulesToTheBuiltInOnes() {
        EventAsserter asserter = EventAssertions.withRules(PANELS_ARE_MODERATED);
        assertEquals(BuiltInRules.all().size() + 1, asserter.rules().size());
        asserter.assertValid(clean());
        AssertionError error = assertThrows(AssertionError.class, () -> asserter.assertValid(unmoderated()));
        assertTrue(error.getMessage().contains(
                "  ERROR   programme.days[0].items[0] (panels-are-moderated): panel without a moderator\n"),
                error.getMessage());
        asserter.without("panels-are-moderated").assertValid(unmoderated());
        EventAssertions.inEnglish().without("complete-translations").assertNoWarnings(warnedOnly());
    }

    @Test
    void containsExactlyPassesOnTheSameFindingsInAnyOrder() {
        assertFindings(clean()).containsExactly().isEmpty();
        assertFindings(faulty()).containsExactly(
                finding("times-in-order", "programme.days[0].items[1].start").error(),
                finding("complete-translations", "title").warning(),
                finding("complete-translations", "programme.days[0].items[0].title").withMessageContaining("fr"));
        assertFindings(faulty()).contains(finding("times-in-order", "programme.days[0].items[1].start"));
        assertEquals(3, assertFindings(faulty()).findings().size());
        assertEquals("title", assertFindings(faulty()).findings().get(0).path());
    }

    @Test
    void containsExactlyFailsNamingWhatIsMissingAndWhatIsNotExpected() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertFindings(faulty()).containsExactly(
                finding("times-in-order", "programme.days[0].items[1].start").warning(),
                finding("complete-translations", "title")));
        assertEquals("""
                expected event "forum" to have exactly these findings:
                  WARNING programme.days[0].items[1].start (times-in-order)
                  title (complete-translations)
                not found:
                  WARNING programme.days[0].items[1].start (times-in-order)
                not expected:
                  WARNING programme.days[0].items[0].title (complete-translations): missing translation: fr
                  ERROR   programme.days[0].items[1].start (times-in-order): starts at 08:30, before item 'p1' above it, which starts at 09:00
                all findings (1 error and 2 warnings):
                  WARNING title (complete-translations): missing translation: fr
                  WARNING programme.days[0].items[0].title (complete-translations): missing translation: fr
                  ERROR   programme.days[0].items[1].start (times-in-order): starts at 08:30, before item 'p1' above it, which starts at 09:00
                """, error.getMessage());
    }

    @Test
    void containsFailsOnlyOnAMissingFinding() {
        assertFindings(faulty()).contains(finding("complete-translations", "title"));
        AssertionError error = assertThrows(AssertionError.class,
                () -> assertFindings(clean()).contains(finding("unique-ids", "people[0].id")));
        assertEquals("""
                expected event "forum" to have these findings:
                  people[0].id (unique-ids)
                not found:
                  people[0].id (unique-ids)
                all findings (0 errors and 0 warnings):
                  (none)
                """, error.getMessage());
        AssertionError french = assertThrows(AssertionError.class, () -> EventAssertions.inFrench()
                .assertFindings(clean()).isEmpty().contains(finding("unique-ids", "people[0].id")));
        assertTrue(french.getMessage().startsWith("L'événement « forum » devait avoir ces constats :\n"),
                french.getMessage());
    }

    @Test
    void aLooseExpectationDoesNotTakeTheFindingAStricterOneNeeds() {
        // both expectations match the first warning; only one matches the second
        assertFindings(warnedOnly().withProgramme(faulty().programme()).toBuilder()
                .person(Speaker.builder("ada").name("Ada", "Martin").build()).build())
                .contains(finding("complete-translations", "title"),
                        finding("complete-translations", "programme.days[0].items[0].title"));
    }

    @Test
    void expectedFindingsRefuseNullParts() {
        assertThrows(IllegalArgumentException.class, () -> finding(null, "title"));
        assertThrows(IllegalArgumentException.class, () -> finding("rule", null));
        assertThrows(IllegalArgumentException.class, () -> finding("rule", "").withMessageContaining(null));
        assertThrows(IllegalArgumentException.class, () -> assertFindings(clean()).containsExactly(
                (ExpectedFinding) null));
        assertEquals("ERROR (event) (unique-ids) \"twice\"",
                ExpectedFinding.of(Severity.ERROR, "unique-ids", "").withMessageContaining("twice").toString());
    }
}
