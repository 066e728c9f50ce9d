package org.disputatio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.disputatio.model.Track;
import org.junit.jupiter.api.Test;

/** Each opt-in rule passes a programme that follows it and reports, in English and French, one that does not. */
class OptInRulesTest {

    static final LocalDate DAY_1 = LocalDate.of(2030, 5, 14);

    /** Ada (Ms, academia), Alan (Mr., government), Grace (no honorific, company), Hedy (Mme). */
    static Event.Builder people() {
        return Event.builder("opt-in").dates(DAY_1, DAY_1.plusDays(1))
                .organisation(Organisation.builder("uga").name("en", "University").sector(Sector.ACADEMIA).build())
                .organisation(Organisation.builder("acme").name("en", "Acme").sector(Sector.COMPANY).build())
                .person(Speaker.builder("ada").honorific("Ms").name("Ada", "LOVELACE")
                        .affiliation(Affiliation.at("uga")).build())
                .person(Speaker.builder("alan").honorific("Mr.").name("Alan", "TURING")
                        .affiliation(Affiliation.position(LocalizedText.of("en", "Adviser"), Sector.GOVERNMENT, null))
                        .build())
                .person(Speaker.builder("grace").name("Grace", "HOPPER").affiliation(Affiliation.at("acme")).build())
                .person(Speaker.builder("hedy").honorific("Mme").name("Hedy", "LAMARR").build());
    }

    static Event event(AgendaItem... day1) {
        return people().programme(Programme.of(ProgrammeDay.of(DAY_1, day1))).build();
    }

    static Event eventWithTracks(AgendaItem... day1) {
        return people().programme(Programme.of(ProgrammeDay.of(DAY_1, day1)).withTracks(List.of(
                new Track("a", LocalizedText.empty()), new Track("b", LocalizedText.empty())))).build();
    }

    static Panel.Builder panel(String id) {
        return Panel.builder(id);
    }

    static Session.Builder session(String id) {
        return Session.builder(id, AgendaItemKind.ADDRESS);
    }

    /** The findings of one rule, as "path: message", in this language. */
    static List<String> findings(Rule rule, Event event, Locale locale) {
        ValidationReport report = EventValidator.forLocale(locale).withRules(rule).validate(event);
        assertEquals(List.of(), report.errors().stream().filter(f -> !f.constraint().equals(rule.name())).toList(),
                "the test events break only the opt-in rule");
        return report.findings().stream().filter(f -> f.constraint().equals(rule.name()))
                .map(f -> f.path() + ": " + f.message()).toList();
    }

    @Test
    void panelsHaveRoles() {
        Rule rule = OptInRules.panelsHaveRoles(Roles.INVENTIO, Roles.ELOCUTIO, Roles.DISPUTATIO);
        assertEquals("panels-have-roles", rule.name());
        assertEquals(Severity.ERROR, rule.severity());
        Event good = event(session("opening").participant("alan", Roles.OPENING_SPEAKER).build(),
                panel("p1").participant("ada", Roles.INVENTIO).participant("alan", Roles.ELOCUTIO)
                        .participant("grace", Roles.DISPUTATIO).build());
        assertEquals(List.of(), findings(rule, good, Locale.ENGLISH));
        Event bad = event(session("opening").item(panel("p1").participant("ada", Roles.ELOCUTIO).build()).build());
        assertEquals(List.of("programme.days[0].items[0].items[0]: the panel has nobody in the role(s) inventio, "
                + "disputatio (every panel needs inventio, elocutio, disputatio)"), findings(rule, bad, Locale.ENGLISH));
        assertEquals(List.of("programme.days[0].items[0].items[0]: personne n'a le ou les rôles inventio, disputatio "
                + "dans ce panel (tout panel doit avoir inventio, elocutio, disputatio)"),
                findings(rule, bad, Locale.FRENCH));
        // a set that keeps no order is named sorted
        assertEquals(List.of("programme.days[0].items[0].items[0]: the panel has nobody in the role(s) disputatio, "
                + "inventio (every panel needs disputatio, elocutio, inventio)"),
                findings(OptInRules.panelsHaveRoles(Set.of("inventio", "elocutio", "disputatio")), bad, Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> OptInRules.panelsHaveRoles(Set.of()));
        assertThrows(NullPointerException.class, () -> OptInRules.panelsHaveRoles((Set<String>) null));
    }

    @Test
    void panelsHaveSector() {
        Rule rule = OptInRules.panelsHaveSector(Sector.ACADEMIA);
        assertEquals("panels-have-sector", rule.name());
        Event good = event(panel("p1").participant("alan", Roles.CHAIR).participant("ada", Roles.PANELLIST).build(),
                session("s").participant("grace", Roles.SPEAKER).build());
        assertEquals(List.of(), findings(rule, good, Locale.ENGLISH));
        Event bad = event(panel("p1").participant("ada", Roles.PANELLIST).build(),
                panel("p2").participant("alan", Roles.CHAIR).participant("grace", Roles.PANELLIST).build());
        assertEquals(List.of("programme.days[0].items[1]: no participant of the panel is from the sector academia"),
                findings(rule, bad, Locale.ENGLISH));
        assertEquals(List.of("programme.days[0].items[1]: aucun participant du panel ne relève du secteur academia"),
                findings(rule, bad, Locale.FRENCH));
        // an affiliation's own sector counts as an organisation's does
        assertEquals(List.of(), findings(OptInRules.panelsHaveSector(Sector.GOVERNMENT),
                event(panel("p").participant("alan", Roles.CHAIR).build()), Locale.ENGLISH));
    }

    @Test
    void noPersonInConsecutiveItems() {
        Rule rule = OptInRules.noPersonInConsecutiveItems();
        assertEquals("no-person-in-consecutive-items", rule.name());
        // Ada in a1 and a2 of track a, Alan in b1 between them (another track): a1 and a2 are
        // consecutive; Ada chairs the block and speaks inside it: not consecutive.
        Event good = event(session("block").participant("ada", Roles.CHAIR)
                        .item(session("talk").participant("ada", Roles.SPEAKER).build()).build(),
                session("break").build(),
                session("x").participant("ada", Roles.SPEAKER).build());
        assertEquals(List.of(), findings(rule, good, Locale.ENGLISH));
        Event bad = eventWithTracks(session("a1").track("a").participant("ada", Roles.SPEAKER).build(),
                session("b1").track("b").participant("ada", Roles.SPEAKER).build(),
                session("a2").track("a").participant("alan", Roles.CHAIR).participant("ada", Roles.SPEAKER)
                        .participant("ada", Roles.DISCUSSANT).build());
        assertEquals(List.of("programme.days[0].items[2].participants[1]: ada also appears in the item just before, a1"),
                findings(rule, bad, Locale.ENGLISH));
        assertEquals(List.of("programme.days[0].items[2].participants[1]: ada figure aussi dans l'élément qui précède "
                + "immédiatement, a1"), findings(rule, bad, Locale.FRENCH));
    }

    @Test
    void maxItemsPerPersonPerDay() {
        Rule rule = OptInRules.maxItemsPerPersonPerDay(2);
        assertEquals("max-items-per-person-per-day", rule.name());
        Event good = people().programme(new Programme(List.of(
                ProgrammeDay.of(DAY_1, session("s1").participant("ada", Roles.CHAIR)
                                .participant("ada", Roles.SPEAKER).build(), // two roles, one item
                        session("s2").participant("ada", Roles.SPEAKER).build()),
                ProgrammeDay.of(DAY_1.plusDays(1), session("s3").participant("ada", Roles.SPEAKER).build())),
                List.of(session("later").participant("ada", Roles.SPEAKER).build()))).build();
        assertEquals(List.of(), findings(rule, good, Locale.ENGLISH));
        Event bad = event(session("block").participant("ada", Roles.CHAIR)
                        .item(session("talk").participant("alan", Roles.CHAIR).participant("ada", Roles.SPEAKER).build())
                        .build(),
                session("s2").participant("ada", Roles.SPEAKER).build(),
                session("s3").participant("ada", Roles.SPEAKER).build());
        assertEquals(List.of("programme.days[0].items[1].participants[0]: ada appears in 4 items on 2030-05-14, "
                + "more than 2"), findings(rule, bad, Locale.ENGLISH));
        assertEquals(List.of("programme.days[0].items[1].participants[0]: ada figure dans 4 éléments le 2030-05-14, "
                + "plus que 2"), findings(rule, bad, Locale.FRENCH));
        assertThrows(IllegalArgumentException.class, () -> OptInRules.maxItemsPerPersonPerDay(0));
    }

    @Test
    void honorificSharePerPanelCountsOnlyPrintedHonorifics() {
        Set<String> women = new LinkedHashSet<>(List.of("Ms", "Mrs", "Mme"));
        Rule rule = OptInRules.honorificShare(women, 0.5, OptInRules.Scope.PANEL);
        assertEquals("honorific-share-per-panel", rule.name());
        // Ada (Ms) and Alan (Mr.): 1 of 2 is 50 %; Grace has no honorific and is not counted
        Event good = event(panel("p1").participant("ada", Roles.CHAIR).participant("alan", Roles.PANELLIST)
                .participant("grace", Roles.PANELLIST).build(), panel("empty").build());
        assertEquals(List.of(), findings(rule, good, Locale.ENGLISH));
        Event bad = event(panel("p1").participant("alan", Roles.CHAIR).participant("ada", Roles.PANELLIST)
                        .participant("alan", Roles.PANELLIST).build(), // Alan counts once
                panel("p2").participant("alan", Roles.CHAIR).participant("grace", Roles.PANELLIST).build(),
                panel("p3").participant("grace", Roles.CHAIR).build(),
                panel("p4").participant("hedy", Roles.CHAIR).build());
        Rule strict = OptInRules.honorificShare(women, 0.6, OptInRules.Scope.PANEL);
        assertEquals(List.of(
                "programme.days[0].items[0]: 1 of 2 people with a printed honorific (50 %) have Mme, Mrs or Ms, "
                        + "below the 60 % wanted",
                "programme.days[0].items[1]: 0 of 1 people with a printed honorific (0 %) have Mme, Mrs or Ms, "
                        + "below the 60 % wanted; 1 more without a printed honorific counted as unknown",
                "programme.days[0].items[2]: none of the 1 people has a printed honorific: all are counted as "
                        + "unknown, and the share of Mme, Mrs or Ms cannot be checked"),
                findings(strict, bad, Locale.ENGLISH));
        assertEquals(List.of(
                "programme.days[0].items[0]: 1 des 2 personnes dont la civilité est imprimée (50 %) ont Mme, Mrs ou "
                        + "Ms, moins que les 60 % voulus",
                "programme.days[0].items[1]: 0 des 1 personnes dont la civilité est imprimée (0 %) ont Mme, Mrs ou "
                        + "Ms, moins que les 60 % voulus ; 1 autres sans civilité imprimée comptées comme inconnues",
                "programme.days[0].items[2]: aucune des 1 personnes n'a de civilité imprimée : toutes sont comptées "
                        + "comme inconnues, et la part de Mme, Mrs ou Ms ne peut être vérifiée"),
                findings(strict, bad, Locale.FRENCH));
    }

    @Test
    void honorificShareMatchesAsPrintedButForCaseAndAFinalDot() {
        // "Mr." is Mr; "M." is not Mr: nothing is inferred, not even a French honorific's English twin
        Rule men = OptInRules.honorificShare(Set.of("mr"), 1.0, OptInRules.Scope.EVENT);
        assertEquals("honorific-share-per-event", men.name());
        assertEquals(List.of(), findings(men, event(session("s").participant("alan", Roles.SPEAKER).build()),
                Locale.ENGLISH));
        Event event = event(session("s").participant("alan", Roles.SPEAKER).participant("hedy", Roles.SPEAKER)
                .participant("grace", Roles.SPEAKER).build());
        assertEquals(List.of("programme: 1 of 2 people with a printed honorific (50 %) have mr, below the 100 % wanted; "
                + "1 more without a printed honorific counted as unknown"), findings(men, event, Locale.ENGLISH));
        assertEquals(List.of(), findings(OptInRules.honorificShare(Set.of("Mme"), 0.25, OptInRules.Scope.EVENT),
                event, Locale.ENGLISH));
        assertEquals(List.of(), findings(men, event(session("s").build()), Locale.ENGLISH)); // nobody: nothing to say
        assertThrows(IllegalArgumentException.class,
                () -> OptInRules.honorificShare(Set.of("Ms"), 1.5, OptInRules.Scope.PANEL));
        assertThrows(IllegalArgumentException.class,
                () -> OptInRules.honorificShare(Set.of("Ms"), Double.NaN, OptInRules.Scope.PANEL));
        assertThrows(NullPointerException.class, () -> OptInRules.honorificShare(Set.of("Ms"), 0.5, null));
    }

    @Test
    void renamedRulesRunTwiceAndNoOptInRuleIsOnByDefault() {
        Event event = event(panel("p").participant("ada", Roles.CHAIR).build());
        ValidationReport report = EventValidator.english().withRules(OptInRules.panelsHaveSector(Sector.ACADEMIA),
                OptInRules.renamed(OptInRules.panelsHaveSector(Sector.COMPANY), "panels-have-company")).validate(event);
        assertEquals(List.of("panels-have-company"), report.errors().stream().map(Finding::constraint).toList());
        assertThrows(IllegalArgumentException.class,
                () -> OptInRules.renamed(OptInRules.noPersonInConsecutiveItems(), "Not A Name"));
        List<String> builtIn = BuiltInRules.all().stream().map(Rule::name).toList();
        for (String name : List.of("panels-have-roles", "panels-have-sector", "no-person-in-consecutive-items",
                "max-items-per-person-per-day", "honorific-share-per-panel", "honorific-share-per-event")) {
            assertFalse(builtIn.contains(name), name);
        }
        assertTrue(EventValidator.english().validate(event(session("a").participant("ada", Roles.SPEAKER).build(),
                session("b").participant("ada", Roles.SPEAKER).build())).isValid());
    }

    @Test
    void theRulesWorkOutsideAValidatorToo() {
        List<String> messages = new java.util.ArrayList<>();
        OptInRules.panelsHaveSector(Sector.ACADEMIA).check(event(panel("p").build()), new Rule.Findings() {
            @Override
            public void add(String path, String message) {
                messages.add(path + ": " + message);
            }

            @Override
            public Locale locale() {
                return Locale.FRENCH;
            }
        });
        assertEquals(List.of("programme.days[0].items[0]: aucun participant du panel ne relève du secteur academia"),
                messages);
    }

    private static ValidationReport readmeSample(Event event) {
        // README:start
        ValidationReport report = EventValidator.english()
                .withRules(OptInRules.panelsHaveRoles(Roles.INVENTIO, Roles.ELOCUTIO, Roles.DISPUTATIO),
                        OptInRules.noPersonInConsecutiveItems(),
                        OptInRules.maxItemsPerPersonPerDay(3))
                .validate(event);
        // README:end
        return report;
    }

    @Test
    void theReadmeSampleRunsAndIsQuotedVerbatim() throws Exception {
        ValidationReport report = readmeSample(event(panel("p").participant("ada", Roles.INVENTIO).start(
                LocalTime.of(10, 0)).build()));
        assertEquals(List.of("panels-have-roles"), report.errors().stream().map(Finding::constraint).toList());
        String source = Files.readString(Path.of("src/test/java/org/disputatio/validation/OptInRulesTest.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("        // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + dedented + "```"), () -> "core/README.md must quote the sample "
                + "verbatim:\n" + dedented);
    }
}
