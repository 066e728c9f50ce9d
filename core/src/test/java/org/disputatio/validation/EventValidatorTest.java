package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.DAY_ONE;
import static org.disputatio.validation.SmallEvents.builder;
import static org.disputatio.validation.SmallEvents.day;
import static org.disputatio.validation.SmallEvents.opening;
import static org.disputatio.validation.SmallEvents.panel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.disputatio.model.Affiliation;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.Event;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.Organisation;
import org.disputatio.model.Participation;
import org.disputatio.model.Programme;
import org.disputatio.model.Provenance;
import org.disputatio.model.Session;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each invariant, broken one at a time, with the exact path and text in English and French. */
class EventValidatorTest {

    /** Without no-unused-registrations: the small events here register people for one check each (its own tests are in NoUnusedRegistrationsTest). */
    private static final EventValidator EN = EventValidator.english().without("no-unused-registrations");
    private static final EventValidator FR = EventValidator.forLocale(Locale.FRENCH).without("no-unused-registrations");

    /** The single finding of this event, as "SEVERITY path: message". */
    private static String only(EventValidator validator, Event event) {
        List<Finding> findings = validator.validate(event).findings();
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        return findings.get(0).toString();
    }

    @Test
    void aValidEventHasNoFindings() {
        EN.validate(SmallEvents.valid()).assertNoFindings();
    }

    @Nested
    class Chronology {
        @Test
        void reportsAnEndBeforeTheStart() {
            Event event = builder().dates(DAY_ONE, DAY_ONE.minusDays(1)).programme(Programme.empty()).build();
            assertEquals("ERROR endDate: ends on 2017-04-05, before it starts on 2017-04-06", only(EN, event));
            assertEquals("ERROR endDate: se termine le 2017-04-05, avant de commencer le 2017-04-06", only(FR, event));
        }

        @Test
        void reportsADayOutsideTheEvent() {
            Event event = builder().programme(Programme.of(day(DAY_ONE.plusDays(5)))).build();
            assertEquals("ERROR programme.days[0].date: day 2017-04-11 is outside the event, which runs from "
                    + "2017-04-06 to 2017-04-07", only(EN, event));
            assertEquals("ERROR programme.days[0].date: le jour 2017-04-11 est hors de l'événement, qui va du "
                    + "2017-04-06 au 2017-04-07", only(FR, event));
        }

        @Test
        void reportsDaysOutOfOrder() {
            Event event = builder().programme(Programme.of(day(DAY_ONE.plusDays(1)), day(DAY_ONE))).build();
            assertEquals("ERROR programme.days[1].date: day 2017-04-06 does not come after the previous day, "
                    + "2017-04-07", only(EN, event));
            assertEquals("ERROR programme.days[1].date: le jour 2017-04-06 ne suit pas le jour précédent, 2017-04-07",
                    only(FR, event));
        }

        @Test
        void reportsAnItemThatStartsBeforeAnEarlierOne() {
            Event event = builder().programme(Programme.of(day(DAY_ONE,
                    opening("opening", LocalTime.of(9, 30), "ada"),
                    panel("panel-1", LocalTime.of(9, 0), "alan")))).build();
            assertEquals("ERROR programme.days[0].items[1].start: starts at 09:00, before item 'opening' above it, "
                    + "which starts at 09:30", only(EN, event));
            assertEquals("ERROR programme.days[0].items[1].start: commence à 09:00, avant le point 'opening' qui le "
                    + "précède et commence à 09:30", only(FR, event));
        }

        @Test
        void skipsItemsWithoutATime() {
            Event event = builder().programme(Programme.of(day(DAY_ONE,
                    opening("opening", LocalTime.of(9, 30), "ada"),
                    panel("panel-2", null, "alan"),
                    panel("panel-3", LocalTime.of(11, 0), "alan")))).build();
            EN.validate(event).assertNoFindings();
        }

        @Test
        void reportsAnItemThatEndsBeforeItStarts() {
            Session backwards = Session.builder("s", AgendaItemKind.ADDRESS).start(LocalTime.of(10, 0))
                    .end(LocalTime.of(9, 0)).build();
            Event event = builder().programme(Programme.of(day(DAY_ONE, backwards))).build();
            assertEquals("ERROR programme.days[0].items[0].end: ends at 09:00, before it starts at 10:00",
                    only(EN, event));
            assertEquals("ERROR programme.days[0].items[0].end: se termine à 09:00, avant de commencer à 10:00",
                    only(FR, event));
        }

        @Test
        void reportsAStatedWeekdayThatIsNotTheDatesWeekday() {
            Event event = builder().programme(Programme.of(day(DAY_ONE, DayOfWeek.FRIDAY))).build();
            assertEquals("ERROR programme.days[0].statedWeekday: the source says Friday, but 2017-04-06 is a Thursday",
                    only(EN, event));
            assertEquals("ERROR programme.days[0].statedWeekday: la source indique vendredi, mais le 2017-04-06 est "
                    + "un jeudi", only(FR, event));
        }
    }

    @Nested
    class DoubleBooking {
        @Test
        void reportsAPersonInTwoItemsThatStartTogether() {
            Event event = builder().programme(Programme.of(day(DAY_ONE,
                    opening("opening", LocalTime.of(9, 30), "ada"),
                    panel("panel-1", LocalTime.of(9, 30), "alan", "ada")))).build();
            assertEquals("ERROR programme.days[0].items[1].participants[1].person: 'ada' is in two places at once: "
                    + "at 09:30 they are still in item 'opening', which starts at 09:30", only(EN, event));
            assertEquals("ERROR programme.days[0].items[1].participants[1].person: 'ada' est à deux endroits à la "
                    + "fois : à 09:30, il ou elle est encore dans le point 'opening', qui commence à 09:30",
                    only(FR, event));
        }

        @Test
        void reportsAnItemThatStartsBeforeAnotherOfTheSamePersonEnds() {
            Session longTalk = Session.builder("talk", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                    .end(LocalTime.of(11, 0)).participant("ada", org.disputatio.model.Roles.SPEAKER).build();
            Session other = Session.builder("other", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                    .end(LocalTime.of(9, 15)).build();
            Event event = builder().programme(Programme.of(day(DAY_ONE, longTalk, other,
                    panel("panel-1", LocalTime.of(10, 0), "ada")))).build();
            assertEquals("ERROR programme.days[0].items[2].participants[0].person: 'ada' is in two places at once: "
                    + "at 10:00 they are still in item 'talk', which starts at 09:00", only(EN, event));
        }

        @Test
        void derivesAnOpenEndFromTheNextTimedItemOnly() {
            // ada opens at 9:30 (until 10:00, when the next item starts) and speaks again at 10:00: no clash.
            EN.validate(builder().programme(Programme.of(day(DAY_ONE,
                    opening("opening", LocalTime.of(9, 30), "ada"),
                    panel("panel-1", LocalTime.of(10, 0), "ada")))).build()).assertNoFindings();
        }

        @Test
        void allowsTheSamePersonTwiceInOneItem() {
            EN.validate(builder().programme(Programme.of(day(DAY_ONE,
                    panel("panel-1", LocalTime.of(10, 0), "ada", "ada")))).build()).assertNoFindings();
        }

        @Test
        void ignoresTheSameTimeOnDifferentDays() {
            EN.validate(builder().programme(Programme.of(
                    day(DAY_ONE, opening("a", LocalTime.of(9, 0), "ada")),
                    day(DAY_ONE.plusDays(1), opening("b", LocalTime.of(9, 0), "ada")))).build()).assertNoFindings();
        }
    }

    @Nested
    class References {
        @Test
        void reportsAnUnknownPerson() {
            Event event = builder().programme(Programme.of(day(DAY_ONE,
                    opening("opening", LocalTime.of(9, 30), "nobody")))).build();
            assertEquals("ERROR programme.days[0].items[0].participants[0].person: no person with id 'nobody' is "
                    + "registered on this event", only(EN, event));
            assertEquals("ERROR programme.days[0].items[0].participants[0].person: aucune personne d'identifiant "
                    + "'nobody' n'est enregistrée pour cet événement", only(FR, event));
        }

        @Test
        void reportsAnUnknownRole() {
            Session session = Session.builder("s", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                    .participant(Participation.of("ada", "troubadour")).build();
            Event event = builder().programme(Programme.of(day(DAY_ONE, session))).build();
            assertEquals("ERROR programme.days[0].items[0].participants[0].role: no role with code 'troubadour' is "
                    + "built in or registered on this event", only(EN, event));
        }

        @Test
        void acceptsARoleTheEventRegisters() {
            Session session = Session.builder("s", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                    .participant(Participation.of("ada", "troubadour")).build();
            Event event = builder().role(org.disputatio.model.Role.of("troubadour",
                            LocalizedText.of("fr", "Troubadour", "en", "Troubadour"),
                            LocalizedText.of("fr", "Chante.", "en", "Sings.")))
                    .programme(Programme.of(day(DAY_ONE, session))).build();
            EN.validate(event).assertNoFindings();
        }

        @Test
        void reportsAnUnknownOrganisation() {
            Event event = builder().person(Speaker.builder("grace").name("Grace", "HOPPER")
                    .affiliation(Affiliation.at("navy")).build()).involvement(Involvement.organiser("acme")).build();
            assertEquals(List.of(
                    "ERROR involvements[0].organisation: no organisation with id 'acme' is registered on this event",
                    "ERROR people[2].affiliations[0].organisation: no organisation with id 'navy' is registered on "
                            + "this event"),
                    EN.validate(event).findings().stream().map(Finding::toString).toList());
        }

        @Test
        void reportsAnUnknownSourceDocument() {
            Event event = builder().provenance(new Provenance(List.of(),
                    List.of(Claim.inferred("startDate", "flyer", "because")), List.of())).build();
            assertEquals("ERROR provenance.claims[0].source: no source document with id 'flyer' is listed in the "
                    + "provenance", only(EN, event));
        }
    }

    @Nested
    class Identity {
        @Test
        void reportsADuplicatePersonId() {
            Event event = builder().person(Speaker.builder("ada").name("Ada", "BYRON").build()).build();
            assertEquals("ERROR people[2].id: id 'ada' is already used by people[0]", only(EN, event));
            assertEquals("ERROR people[2].id: l'identifiant 'ada' est déjà utilisé par people[0]", only(FR, event));
        }

        @Test
        void reportsADuplicateItemIdAcrossDays() {
            Event event = builder().programme(Programme.of(
                    day(DAY_ONE, opening("opening", LocalTime.of(9, 0))),
                    day(DAY_ONE.plusDays(1), opening("opening", LocalTime.of(9, 0))))).build();
            assertEquals("ERROR programme.days[1].items[0].id: id 'opening' is already used by "
                    + "programme.days[0].items[0]", only(EN, event));
        }

        @Test
        void reportsABlankId() {
            Event event = builder().id(" ").build();
            assertEquals("ERROR id: must not be blank", only(EN, event));
            assertEquals("ERROR id: ne doit pas être vide", only(FR, event));
        }
    }

    @Nested
    class Names {
        @Test
        void acceptsPrintedOnlyNamesMononymsAndInferredParts() {
            Event event = builder()
                    .person(Speaker.builder("sukarno").name("Sukarno").build())
                    .person(Speaker.builder("anne").name("Anne Marie Leclerc", "Anne Marie", "Leclerc",
                            NameOrder.GIVEN_FIRST, Certainty.INFERRED).build())
                    .person(Speaker.builder("qi").honorific("Ms").name("Qi XIAOXIA", "XIAOXIA", "Qi",
                            NameOrder.FAMILY_FIRST, Certainty.INFERRED).build())
                    .build();
            EN.validate(event).assertNoFindings();
        }

        @Test
        void reportsABlankPrintedName() {
            Event event = builder()
                    .person(Speaker.builder("sukarno").name("Sukarno").build())
                    .person(Speaker.builder("blank").name(" ", "Anne", "Leclerc", NameOrder.GIVEN_FIRST,
                            Certainty.INFERRED).build())
                    .build();
            assertEquals("ERROR people[3].name.printed: must not be blank", only(EN, event));
            assertEquals("ERROR people[3].name.printed: ne doit pas être vide", only(FR, event));
        }

        @Test
        void reportsAMissingPrintedName() {
            Event event = builder().person(Speaker.builder("none").name((String) null).build()).build();
            assertEquals("ERROR people[2].name.printed: must not be blank", only(EN, event));
        }
    }

    @Nested
    class Codes {
        @Test
        void reportsAnIllFormedLanguageTagOfTheEvent() {
            Event event = builder().languages("fr", "en", "en_GB").build();
            List<String> findings = EN.validate(event).findings().stream().map(Finding::toString).toList();
            assertTrue(findings.contains("ERROR languages[2]: must be a well-formed BCP 47 language tag, such as fr "
                    + "or en-GB"), findings::toString);
        }

        @Test
        void reportsAnIllFormedLanguageTagOfAText() {
            Event event = builder().languages("fr").title(LocalizedText.of("fr", "Titre", "f r", "x")).build();
            assertEquals("ERROR title: 'f r' is not a well-formed BCP 47 language tag", only(EN, event));
            assertEquals("ERROR title: 'f r' n'est pas une étiquette de langue BCP 47 bien formée", only(FR, event));
        }

        @Test
        void reportsAnInvalidCountryCode() {
            Event event = builder().organisation(Organisation.builder("x").name("en", "X").country("UK").build())
                    .build();
            assertEquals("ERROR organisations[1].country: must be an ISO 3166-1 alpha-2 country code in upper case, "
                    + "such as FR", only(EN, event));
            assertEquals("ERROR organisations[1].country: doit être un code de pays ISO 3166-1 alpha-2 en "
                    + "majuscules, comme FR", only(FR, event));
        }

        @Test
        void pointsIntoOptionalAndNestedParts() {
            Event event = builder()
                    .venue(org.disputatio.model.Venue.named(LocalizedText.of("fr", "Maison de l'UNESCO"))
                            .withAddress(org.disputatio.model.PostalAddress.of("125, avenue de Suffren", null, "Paris",
                                    null, "France")))
                    .person(Speaker.builder("tobias").name("Tobias", "FEAKIN").affiliation(Affiliation.position(
                            LocalizedText.of("en", "Ambassador for Cyber Affairs"), null, "Australia")).build())
                    .link(org.disputatio.model.Link.to(java.net.URI.create("https://jesuisinternet.today"))
                            .withLanguageCount(-1).withLanguages(List.of("fr", "en_GB")))
                    .build();
            assertEquals(List.of(
                    "ERROR links[0].languageCount: must be greater than or equal to 0",
                    "ERROR links[0].languages[1]: must be a well-formed BCP 47 language tag, such as fr or en-GB",
                    "ERROR people[2].affiliations[0].country: must be an ISO 3166-1 alpha-2 country code in upper "
                            + "case, such as FR",
                    "ERROR venue.address.country: must be an ISO 3166-1 alpha-2 country code in upper case, such as FR"),
                    EN.validate(event).findings().stream().map(Finding::toString).toList());
        }

        @Test
        void checksExternalIdentifiers() {
            Event event = builder().person(Speaker.builder("kim").name("Kim", "X")
                    .externalId(ExternalId.orcid("0000-0002-1825-0097"))
                    .externalId(ExternalId.orcid("0000-0002-1825-0098"))
                    .externalId(ExternalId.wikidata("Q42"))
                    .externalId(ExternalId.wikidata("42")).build()).build();
            assertEquals(List.of(
                    "ERROR people[2].externalIds[1].value: '0000-0002-1825-0098' is not a well-formed orcid identifier",
                    "ERROR people[2].externalIds[3].value: '42' is not a well-formed wikidata identifier"),
                    EN.validate(event).findings().stream().map(Finding::toString).toList());
        }
    }

    @Nested
    class Translations {
        @Test
        void reportsAMissingTranslationAsAWarning() {
            Event event = builder().programme(Programme.of(day(DAY_ONE,
                    Session.builder("s", AgendaItemKind.OPENING).start(LocalTime.of(9, 0))
                            .title(LocalizedText.of("fr", "Prévention des attaques informatiques")).build()))).build();
            ValidationReport report = EN.validate(event);
            assertTrue(report.isValid());
            assertEquals("WARNING programme.days[0].items[0].title: missing translation: en", only(EN, event));
            assertEquals("WARNING programme.days[0].items[0].title: traduction manquante : en", only(FR, event));
        }

        @Test
        void namesEveryMissingLanguageInTheEventsOrderAndMatchesTagsWhateverTheirCase() {
            Event event = builder().languages("fr", "en", "de").title(LocalizedText.of("EN", "Title")).build();
            assertEquals(List.of("WARNING title: missing translation: fr, de"),
                    EN.validate(event).at("title").stream().map(Finding::toString).toList());
            Event complete = builder().languages("fr", "en").title(LocalizedText.of("FR", "Titre", "en", "Title"))
                    .build();
            EN.validate(complete).assertNoFindings();
        }

        @Test
        void doesNotExpectProperNamesInEveryLanguage() {
            Event event = builder().organisation(Organisation.builder("p8").name("fr", "Université Paris 8").build())
                    .build();
            EN.validate(event).assertNoFindings();
        }
    }

    @Nested
    class Report {
        private final Event broken = builder().dates(DAY_ONE, DAY_ONE.minusDays(1))
                .title(LocalizedText.of("fr", "Titre seul")).programme(Programme.empty()).build();

        @Test
        void rendersAllFindingsErrorsFirst() {
            assertEquals("1 error, 1 warning\n"
                    + "ERROR   endDate: ends on 2017-04-05, before it starts on 2017-04-06\n"
                    + "WARNING title: missing translation: en\n", EN.validate(broken).toText());
        }

        @Test
        void rendersInFrench() {
            assertEquals("1 erreur, 1 avertissement\n"
                    + "ERREUR        endDate: se termine le 2017-04-05, avant de commencer le 2017-04-06\n"
                    + "AVERTISSEMENT title: traduction manquante : en\n", FR.validate(broken).toText());
        }

        @Test
        void countsNoneAsEachLanguageDoes() {
            Event valid = builder().title(LocalizedText.of("fr", "Titre", "en", "Title")).build();
            assertEquals("0 errors, 0 warnings\n", EN.validate(valid).toText());
            assertEquals("0 erreur, 0 avertissement\n", FR.validate(valid).toText());
        }

        @Test
        void failsAnAssertionWithTheReportAsItsMessage() {
            AssertionError error = assertThrows(AssertionError.class, () -> EN.validate(broken).assertValid());
            assertEquals("event is not valid: " + EN.validate(broken).toText(), error.getMessage());
        }

        @Test
        void namesTheConstraintAndSeverity() {
            ValidationReport report = EN.validate(broken);
            assertEquals("chronological-dates", report.errors().get(0).constraint());
            assertEquals("complete-translations", report.warnings().get(0).constraint());
            assertFalse(report.isValid());
            assertEquals(1, report.at("endDate").size());
        }

        @Test
        void ordersListIndexesNumerically() {
            assertTrue(ValidationReport.comparePaths("items[2].start", "items[10].start") < 0);
            assertTrue(ValidationReport.comparePaths("items[10]", "items[9]") > 0);
            assertEquals(0, ValidationReport.comparePaths("a.b[3]", "a.b[3]"));
        }
    }

    @Nested
    class Setup {
        @Test
        void reusesOneValidatorPerLocale() {
            assertSame(EventValidator.english(), EventValidator.forLocale(Locale.ENGLISH));
        }

        @Test
        void speaksEnglishWhateverTheDefaultLocale() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.FRANCE);
                Event event = builder().id("").build();
                assertEquals("ERROR id: must not be blank", only(EventValidator.forLocale(Locale.ENGLISH), event));
                assertEquals("ERROR id: must not be blank", only(EventValidator.forLocale(Locale.UK), event));
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void fallsBackToEnglishForALanguageWithoutMessages() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.FRANCE);
                Event event = builder().title(LocalizedText.of("fr", "Seul")).build();
                assertEquals("WARNING title: missing translation: en",
                        only(EventValidator.forLocale(Locale.JAPANESE), event));
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void theInvariantsAreOrdinaryConstraintsForAnyValidator() {
            try (var factory = jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
                    .configure().messageInterpolator(
                            new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                    .buildValidatorFactory()) {
                Event event = builder().dates(DAY_ONE, DAY_ONE.minusDays(1)).programme(Programme.empty())
                        .people(List.of()).organisations(List.of()).build();
                var violations = factory.getValidator().validate(event);
                assertEquals(1, violations.size());
                var violation = violations.iterator().next();
                assertEquals("endDate", violation.getPropertyPath().toString());
                assertEquals("EventInvariants",
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
                assertEquals("ends on 2017-04-05, before it starts on 2017-04-06", violation.getMessage());
                Rule rule = ((org.hibernate.validator.engine.HibernateConstraintViolation<?>) violation
                        .unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class))
                        .getDynamicPayload(Rule.class);
                assertEquals(BuiltInRules.CHRONOLOGICAL_DATES, rule);
                assertEquals(Severity.ERROR, rule.severity());
            }
        }

        @Test
        void needsNoExpressionLanguageImplementation() {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
        }
    }
}
