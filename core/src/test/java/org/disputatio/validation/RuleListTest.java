package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.DAY_ONE;
import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Programme;
import org.disputatio.validation.internal.Invariants;
import org.junit.jupiter.api.Test;

/** The validator's rule list: the built-in rules by name, users' own rules, rules switched off. */
class RuleListTest {

    /** Dates in the wrong order and a title in French only; no programme, so nobody registered. */
    private static final Event BROKEN = builder().dates(DAY_ONE, DAY_ONE.minusDays(1)).programme(Programme.empty())
            .people(List.of()).organisations(List.of()).title(LocalizedText.of("fr", "Seul")).build();

    private static final Rule NEEDS_SUBTITLE = Rule.of("needs-subtitle", Severity.WARNING, (event, findings) -> {
        if (event.subtitle() == null || event.subtitle().isEmpty()) {
            findings.add("subtitle", findings.locale().getLanguage().equals("fr") ? "sous-titre manquant" : "no subtitle");
        }
    });

    private static List<String> findings(EventValidator validator, Event event) {
        return validator.validate(event).findings().stream().map(f -> f + " [" + f.constraint() + "]").toList();
    }

    @Test
    void theBuiltInRulesHaveStableNamesSeveritiesAndOrder() {
        assertEquals(List.of("chronological-dates", "days-within-event", "times-in-order", "no-double-booking",
                        "references-resolve", "provenance-paths-resolve", "unique-ids", "well-formed-language-tags",
                        "writable-text", "complete-translations", "no-unused-registrations"),
                BuiltInRules.all().stream().map(Rule::name).toList());
        assertEquals(Invariants.ALL.stream().map(Invariants.Invariant::name).toList(),
                BuiltInRules.all().stream().map(Rule::name).toList());
        assertEquals(List.of(Severity.WARNING), BuiltInRules.all().stream().map(Rule::severity).distinct()
                .filter(s -> s == Severity.WARNING).toList());
        assertEquals(Severity.WARNING, BuiltInRules.COMPLETE_TRANSLATIONS.severity());
        assertEquals(Severity.ERROR, BuiltInRules.NO_DOUBLE_BOOKING.severity());
        assertSame(BuiltInRules.UNIQUE_IDS, BuiltInRules.named("unique-ids").orElseThrow());
        assertTrue(BuiltInRules.named("unique").isEmpty());
        assertEquals(BuiltInRules.all(), EventValidator.english().rules());
    }

    @Test
    void findingsOfRulesNameTheirRule() {
        assertEquals(List.of("ERROR endDate: ends on 2017-04-05, before it starts on 2017-04-06 [chronological-dates]",
                        "WARNING title: missing translation: en [complete-translations]"),
                findings(EventValidator.english(), BROKEN));
    }

    @Test
    void aUserRuleRunsAfterTheBuiltInOnesWithItsNameAndSeverityInTheValidatorsLanguage() {
        EventValidator validator = EventValidator.forLocale(Locale.FRENCH).withRules(NEEDS_SUBTITLE);
        assertEquals(List.of("ERROR endDate: se termine le 2017-04-05, avant de commencer le 2017-04-06 [chronological-dates]",
                        "WARNING subtitle: sous-titre manquant [needs-subtitle]",
                        "WARNING title: traduction manquante : en [complete-translations]"),
                findings(validator, BROKEN));
        assertEquals(12, validator.rules().size());
        assertSame(NEEDS_SUBTITLE, validator.rules().get(11));
        assertEquals(11, EventValidator.forLocale(Locale.FRENCH).rules().size(), "the original is unchanged");
    }

    @Test
    void rulesAreSwitchedOffByName() {
        EventValidator validator = EventValidator.english().without("complete-translations", "chronological-dates");
        validator.validate(BROKEN).assertNoFindings();
        assertEquals(9, validator.rules().size());
        assertEquals(List.of("WARNING subtitle: no subtitle [needs-subtitle]"),
                findings(validator.withRules(NEEDS_SUBTITLE), BROKEN));
        assertEquals(List.of(), findings(validator.withRules(NEEDS_SUBTITLE).without("needs-subtitle"), BROKEN));
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThereAre() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EventValidator.english().without("complete-translation"));
        assertEquals("no rule named 'complete-translation'; the rules are: chronological-dates, days-within-event, "
                + "times-in-order, no-double-booking, references-resolve, provenance-paths-resolve, unique-ids, "
                + "well-formed-language-tags, "
                + "writable-text, complete-translations, no-unused-registrations", error.getMessage());
    }

    @Test
    void aRuleNameIsTakenOnce() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EventValidator.english().withRules(Rule.of("unique-ids", Severity.ERROR, (e, f) -> { })));
        assertEquals("there is already a rule named 'unique-ids'", error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EventValidator.english().withRules(NEEDS_SUBTITLE, NEEDS_SUBTITLE));
    }

    @Test
    void aRuleNameIsLowerCaseWithHyphens() {
        for (String bad : List.of("", "NoDoubleBooking", "no_double", "-x", "x-", "a--b", "1st", "a b")) {
            assertThrows(IllegalArgumentException.class, () -> Rule.of(bad, Severity.ERROR, (e, f) -> { }), bad);
        }
        assertEquals("panel-has-3-roles", Rule.of("panel-has-3-roles", Severity.ERROR, (e, f) -> { }).name());
    }

    @Test
    void aRuleThatThrowsIsNamedInTheFailure() {
        IllegalStateException cause = new IllegalStateException("boom");
        Rule failing = Rule.of("explodes", Severity.ERROR, (e, f) -> {
            throw cause;
        });
        RuleFailedException error = assertThrows(RuleFailedException.class,
                () -> EventValidator.english().withRules(failing).validate(BROKEN));
        assertEquals("explodes", error.rule());
        assertSame(cause, error.getCause());
        assertEquals("rule 'explodes' failed on event 'small': java.lang.IllegalStateException: boom",
                error.getMessage());
    }

    @Test
    void aBuiltInRuleRunsOnItsOwnInTheFindingsLanguage() {
        List<String> seen = new ArrayList<>();
        BuiltInRules.CHRONOLOGICAL_DATES.check(BROKEN, new Rule.Findings() {
            @Override
            public void add(String path, String message) {
                seen.add(path + ": " + message);
            }

            @Override
            public Locale locale() {
                return Locale.FRENCH;
            }
        });
        assertEquals(List.of("endDate: se termine le 2017-04-05, avant de commencer le 2017-04-06"), seen);
    }

    @Test
    void whatNoFormatCanHoldIsReportedWhereverItIs() {
        Event event = builder().programme(Programme.empty())
                .title(LocalizedText.of("en", "nul\u0000inside", "fr", "sans souci"))
                .description(LocalizedText.of("e\u0001n", "tag"))
                .person(org.disputatio.model.Speaker.builder("p\uD800").name("Ada", "Lo\uFFFEvelace").build())
                .build();
        List<String> found = EventValidator.english().validate(event).findings().stream()
                .filter(f -> f.constraint().equals("writable-text")).map(Finding::toString).toList();
        assertEquals(List.of(
                "ERROR description: a language tag contains U+0001, which no format of Disputatio can hold",
                "ERROR people[2].id: contains an unpaired surrogate U+D800, which no format of Disputatio can hold",
                "ERROR people[2].name.family: contains U+FFFE, which no format of Disputatio can hold",
                "ERROR people[2].name.printed: contains U+FFFE, which no format of Disputatio can hold",
                "ERROR title: the en translation contains U+0000, which no format of Disputatio can hold"), found);
        assertEquals("ERROR title: la traduction en contient U+0000, qu'aucun format de Disputatio ne peut contenir",
                EventValidator.forLocale(Locale.FRENCH).validate(event).findings().stream()
                        .filter(f -> f.path().equals("title") && f.constraint().equals("writable-text"))
                        .map(Finding::toString).findFirst().orElseThrow());
        assertEquals(List.of(), EventValidator.english().validate(builder().programme(Programme.empty())
                .title(LocalizedText.of("en", "tab\tline\nreturn\r DEL\u007f emoji \uD83D\uDE00")).build())
                .findings().stream().filter(f -> f.constraint().equals("writable-text")).toList());
    }

    @Test
    void writableTextReportsStringsLongerThanTheReadersAcceptByDefault() {
        String longText = "x".repeat(1_000_001);
        String longTag = "en-" + "a".repeat(998);
        Event event = builder().programme(Programme.empty()).id(longText)
                .title(LocalizedText.of("en", longText)).description(LocalizedText.of(longTag, "fine"))
                .subtitle(LocalizedText.of("en", "x".repeat(1_000_000))).build();
        List<String> found = EventValidator.english().validate(event).findings().stream()
                .filter(f -> f.constraint().equals("writable-text")).map(Finding::toString).toList();
        assertEquals(List.of(
                "ERROR description: a language tag is 1001 characters long, more than the 1000 every reader of "
                        + "Disputatio accepts by default (maxNameLength)",
                "ERROR id: is 1000001 characters long, more than the 1000000 every reader of Disputatio accepts by "
                        + "default (maxStringLength)",
                "ERROR title: the en translation is 1000001 characters long, more than the 1000000 every reader of "
                        + "Disputatio accepts by default (maxStringLength)"), found);
    }
}
