package org.disputatio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static Event event() {
        return Event.builder("e")
                .title(LocalizedText.of("en", "E"))
                .date(LocalDate.of(2017, 4, 6))
                .organisation(Organisation.builder("uga").name("en", "University Grenoble-Alpes")
                        .sector(Sector.ACADEMIA).country("FR").build())
                .organisation(Organisation.builder("oecd").acronym("OECD").sector(Sector.INTERNATIONAL_ORGANISATION).build())
                .person(Speaker.builder("karine").honorific("Ms").name("Karine", "BANNELIER")
                        .affiliation(Affiliation.at("uga")).country("FR").build())
                .person(Speaker.builder("tobias").honorific("Dr").name("Tobias", "FEAKIN")
                        .affiliation(Affiliation.position(LocalizedText.of("en", "Ambassador for Cyber Affairs"),
                                Sector.GOVERNMENT, "AU")).build())
                .build();
    }

    @Nested
    class Lookups {
        @Test
        void findsPeopleOrganisationsAndRolesById() {
            Event event = event();
            assertEquals("Ms Karine BANNELIER", event.person("karine").orElseThrow().displayName());
            assertEquals("OECD", event.organisation("oecd").orElseThrow().displayName("en"));
            assertEquals(Optional.empty(), event.person("nobody"));
            assertEquals(Roles.INVENTIO, event.role("inventio").orElseThrow());
        }

        @Test
        void anEventRoleExtendsTheBuiltInVocabulary() {
            Role rapporteur = Role.of("rapporteur", LocalizedText.of("en", "Rapporteur"), LocalizedText.empty());
            Event event = event().toBuilder().role(rapporteur).build();
            assertEquals(rapporteur, event.role("rapporteur").orElseThrow());
            assertEquals(Optional.empty(), event().role("rapporteur"));
        }

        @Test
        void resolvesSectorAndCountryOfEveryAffiliation() {
            Event event = event();
            Affiliation university = event.person("karine").orElseThrow().affiliations().get(0);
            Affiliation ambassador = event.person("tobias").orElseThrow().affiliations().get(0);
            assertEquals(Optional.of(Sector.ACADEMIA), event.sectorOf(university));
            assertEquals(Optional.of("FR"), event.countryOf(university));
            assertEquals(Optional.of(Sector.GOVERNMENT), event.sectorOf(ambassador));
            assertEquals(Optional.of("AU"), event.countryOf(ambassador));
            assertEquals(Optional.of("DE"), event.countryOf(university.withCountry("DE")), "own country wins");
        }
    }

    @Nested
    class Immutability {
        @Test
        void copiesListsSoNobodyCanChangeAnEventBehindItsBack() {
            List<Participation> participants = new ArrayList<>(List.of(Participation.of("a", Roles.SPEAKER)));
            Session session = new Session("s", AgendaItemKind.OPENING, Optional.empty(), Optional.empty(),
                    LocalizedText.empty(), LocalizedText.empty(), participants);
            participants.clear();
            assertEquals(1, session.participants().size());
            assertThrows(UnsupportedOperationException.class, () -> session.participants().clear());
            assertThrows(UnsupportedOperationException.class, () -> event().people().clear());
        }

        @Test
        void withersReturnANewEvent() {
            Event event = event();
            Event retitled = event.withTitle(LocalizedText.of("en", "F"));
            assertEquals(LocalizedText.of("en", "E"), event.title());
            assertEquals(LocalizedText.of("en", "F"), retitled.title());
            assertEquals(event.people(), retitled.people());
        }

        @Test
        void rejectsWhatCanNeverBeAValue() {
            var nullList = assertThrows(NullPointerException.class, () -> new Programme(null));
            assertEquals("days must not be null (use an empty list)", nullList.getMessage());
            List<ProgrammeDay> withNull = new ArrayList<>();
            withNull.add(null);
            var nullElement = assertThrows(NullPointerException.class, () -> new Programme(withNull));
            assertEquals("days[0] must not be null", nullElement.getMessage());
            var panelAsSession = assertThrows(IllegalArgumentException.class,
                    () -> Session.builder("p", AgendaItemKind.PANEL).build());
            assertEquals("a panel is a Panel, not a Session", panelAsSession.getMessage());
        }

        @Test
        void leavesWhatAMessyDocumentGetsWrongToValidation() {
            Event event = Event.builder(null).build();
            assertEquals(null, event.id());
            assertEquals(null, event.startDate());
        }
    }

    @Nested
    class Values {
        @Test
        void eventsAreEqualByValue() {
            assertEquals(event(), event());
            assertEquals(event().hashCode(), event().hashCode());
            assertNotEquals(event(), event().withTitle(LocalizedText.of("en", "Other")));
        }

        @Test
        void eventReadsAsASummary() {
            assertEquals("Event[e, conference, [en] \"E\", 2017-04-06, 0 day(s), 0 item(s), 2 people, "
                    + "2 organisation(s)]", event().toString());
        }

        @Test
        void groupsParticipantsByRoleInPrintedOrder() {
            Panel panel = Panel.builder("p1").label("1")
                    .participant("bannelier", Roles.INVENTIO).participant("kirchner", Roles.INVENTIO)
                    .participant("bonucci", Roles.ELOCUTIO).participant("boeke", Roles.DISPUTATIO)
                    .participant("yedaly", Roles.ELOCUTIO).build();
            Map<String, List<Participation>> byRole = panel.participantsByRole();
            assertEquals(List.of("inventio", "elocutio", "disputatio"), List.copyOf(byRole.keySet()));
            assertEquals(List.of("bonucci", "yedaly"), byRole.get("elocutio").stream().map(Participation::person).toList());
            assertEquals(AgendaItemKind.PANEL, panel.kind());
        }

        @Test
        void buildsProceedingsAndProvenancePartByPart() {
            Term prism = Term.of("prism", LocalizedText.of("en", "PRISM"));
            Proceedings proceedings = Proceedings.builder().paragraph(LocalizedText.of("en", "One."))
                    .paragraph(LocalizedText.of("en", "Two.")).theme(prism).build();
            assertEquals(new Proceedings(List.of(LocalizedText.of("en", "One."), LocalizedText.of("en", "Two.")),
                    List.of(prism), List.of(), List.of(), List.of()), proceedings);
            Claim year = Claim.inferred("startDate", null, "14 May was a Wednesday in 2014");
            assertEquals(new Provenance(List.of(), List.of(year), List.of()), Provenance.builder().claim(year).build());
        }

        @Test
        void keepsOptionalTimesAbsent() {
            Panel untimed = Panel.builder("p2").build();
            assertEquals(Optional.empty(), untimed.start());
            assertEquals(Optional.of(LocalTime.of(10, 0)), Panel.builder("p1").start(LocalTime.of(10, 0)).build().start());
        }
    }

    @Nested
    class Names {
        @Test
        void writesAFamilyFirstNameInItsOwnOrder() {
            PersonName qi = PersonName.familyFirst("Qi", "XIAOXIA");
            assertEquals("Qi XIAOXIA", qi.displayName());
            assertEquals(Optional.of("Qi"), qi.family());
        }

        @Test
        void normalizesForMatchingAcrossDocuments() {
            assertEquals("theodore christakis", PersonName.of("Théodore", "CHRISTAKIS").normalized());
            assertEquals(PersonName.of("Céline", "CASTETS-RENARD").normalized(),
                    PersonName.of("Celine", "Castets Renard").normalized());
            assertEquals("pal wrange", PersonName.of("Pål", "WRANGE").normalized());
        }

        @Test
        void keepsTheNameAsPrintedWithStatedPartsFromTheOldFactories() {
            PersonName larue = PersonName.of("Frank", "LARUE");
            assertEquals("Frank LARUE", larue.printed());
            assertEquals(Optional.of("Frank"), larue.given());
            assertEquals(Optional.of("LARUE"), larue.family());
            assertEquals(NameOrder.GIVEN_FIRST, larue.order());
            assertEquals(Certainty.STATED, larue.parts());
            assertEquals("LARUE", PersonName.of(null, "LARUE").printed());
            PersonName qi = PersonName.familyFirst("Qi", "XIAOXIA");
            assertEquals("Qi XIAOXIA", qi.printed());
            assertEquals(NameOrder.FAMILY_FIRST, qi.order());
            assertEquals(qi, new PersonName(Optional.of("XIAOXIA"), "Qi", NameOrder.FAMILY_FIRST));
        }

        @Test
        void displaysThePrintedFormWhateverTheParts() {
            PersonName printed = PersonName.withParts("Céline CASTETS-RENARD", "Céline", "Castets-Renard",
                    NameOrder.GIVEN_FIRST, Certainty.INFERRED);
            assertEquals("Céline CASTETS-RENARD", printed.displayName());
            assertEquals("Céline CASTETS-RENARD", printed.toString());
            assertEquals("Ms Sukarno", Speaker.builder("s").honorific("Ms").name("Sukarno").build().displayName());
        }

        @Test
        void writesAMononymWithoutParts() {
            PersonName sukarno = PersonName.printedOnly("Sukarno");
            assertEquals("Sukarno", sukarno.displayName());
            assertEquals(Optional.empty(), sukarno.given());
            assertEquals(Optional.empty(), sukarno.family());
            assertTrue(!sukarno.hasParts());
            assertEquals("sukarno", sukarno.normalized());
            assertEquals("sukarno", sukarno.sortKey());
        }

        @Test
        void aNameWithoutPartsHasNoPartsToBeUncertainOf() {
            PersonName name = new PersonName("Sukarno", Optional.empty(), Optional.empty(), NameOrder.GIVEN_FIRST,
                    Certainty.INFERRED);
            assertEquals(Certainty.STATED, name.parts());
            assertEquals(PersonName.printedOnly("Sukarno"), name);
        }

        @Test
        void readsABlankPartAsNoPart() {
            PersonName name = new PersonName("Anne LECLERC", Optional.of(" "), Optional.of("LECLERC"),
                    NameOrder.GIVEN_FIRST, Certainty.INFERRED);
            assertEquals(Optional.empty(), name.given());
            assertEquals(Certainty.INFERRED, name.parts());
            assertEquals(PersonName.printedOnly("Anne LECLERC"), new PersonName("Anne LECLERC", Optional.of(""),
                    Optional.of(" "), NameOrder.GIVEN_FIRST, Certainty.INFERRED));
        }

        @Test
        void refusesNullPartsOrderOrCertainty() {
            assertThrows(NullPointerException.class, () -> new PersonName("A", null, Optional.empty(),
                    NameOrder.GIVEN_FIRST, Certainty.STATED));
            assertThrows(NullPointerException.class, () -> new PersonName("A", Optional.empty(), null,
                    NameOrder.GIVEN_FIRST, Certainty.STATED));
            assertThrows(NullPointerException.class, () -> PersonName.withParts("A", "A", null, null,
                    Certainty.STATED));
            assertThrows(NullPointerException.class, () -> PersonName.withParts("A", "A", null,
                    NameOrder.GIVEN_FIRST, null));
        }

        @Test
        void matchesAccentedCapitalisedAndPlainSpellingsOfOnePerson() {
            PersonName unesco = PersonName.withParts("Théodore CHRISTAKIS", "Théodore", "CHRISTAKIS",
                    NameOrder.GIVEN_FIRST, Certainty.STATED);
            PersonName elsewhere = PersonName.printedOnly("Theodore Christakis");
            assertEquals("theodore christakis", unesco.normalized());
            assertEquals(unesco.normalized(), elsewhere.normalized());
            assertEquals("christakis, theodore", unesco.sortKey());
            assertEquals("theodore christakis", elsewhere.sortKey());
        }

        @Test
        void matchesWithThePartsWhenPresentAndThePrintedFormOtherwise() {
            // The printed form carries an initial the parts leave out: parts win for matching.
            PersonName withInitial = PersonName.withParts("Anne M. LECLERC", "Anne", "Leclerc",
                    NameOrder.GIVEN_FIRST, Certainty.INFERRED);
            assertEquals("anne leclerc", withInitial.normalized());
            assertEquals("anne m leclerc", PersonName.printedOnly("Anne M. LECLERC").normalized());
            assertEquals("leclerc, anne", withInitial.sortKey());
        }

        @Test
        void keepsParticlesInTheFamilyNameForSortingAndMatching() {
            PersonName vanDenBerg = PersonName.withParts("Jan van den Berg", "Jan", "van den Berg",
                    NameOrder.GIVEN_FIRST, Certainty.INFERRED);
            assertEquals("van den berg, jan", vanDenBerg.sortKey());
            assertEquals("jan van den berg", vanDenBerg.normalized());
            assertEquals("van den berg", PersonName.printedOnly("van den Berg").sortKey());
        }

        @Test
        void matchesAFamilyFirstNameInItsOwnOrderAndSortsItByFamily() {
            PersonName qi = PersonName.withParts("Qi XIAOXIA", "XIAOXIA", "Qi", NameOrder.FAMILY_FIRST,
                    Certainty.INFERRED);
            assertEquals("qi xiaoxia", qi.normalized());
            assertEquals(PersonName.printedOnly("Qi Xiaoxia").normalized(), qi.normalized());
            assertEquals("qi, xiaoxia", qi.sortKey());
            PersonName familyOnly = PersonName.withParts("GARCÍA MÁRQUEZ", null, "GARCÍA MÁRQUEZ",
                    NameOrder.GIVEN_FIRST, Certainty.STATED);
            assertEquals("garcia marquez", familyOnly.sortKey());
            assertEquals("garcia marquez", familyOnly.normalized());
        }

        @Test
        void sortsPeopleByFamilyThenGivenAndPrintedOnlyNamesByTheirPrintedForm() {
            List<PersonName> names = new ArrayList<>(List.of(PersonName.of("Théodore", "CHRISTAKIS"),
                    PersonName.printedOnly("Sukarno"), PersonName.familyFirst("Qi", "XIAOXIA"),
                    PersonName.of("Frank", "LARUE"), PersonName.of("Ada", "Christakis")));
            names.sort(java.util.Comparator.comparing(PersonName::sortKey));
            assertEquals(List.of("Ada Christakis", "Théodore CHRISTAKIS", "Frank LARUE", "Qi XIAOXIA", "Sukarno"),
                    names.stream().map(PersonName::displayName).toList());
        }
    }

    @Nested
    class Vocabularies {
        @Test
        void buildsInElevenRolesWithEnglishAndFrenchLabels() {
            assertEquals(List.of("inventio", "elocutio", "disputatio", "opening-speaker", "concluding-speaker",
                    "keynote-speaker", "chair", "moderator", "panellist", "discussant", "speaker"),
                    Roles.builtIn().stream().map(Role::code).toList());
            for (Role role : Roles.builtIn()) {
                assertTrue(role.label().missing(List.of("en", "fr")).isEmpty(), role.code());
                assertTrue(role.description().missing(List.of("en", "fr")).isEmpty(), role.code());
            }
            assertEquals(Optional.of("Discutant"), Roles.DISCUSSANT.label().get("fr"));
        }

        @Test
        void readsAndWritesEnumCodes() {
            assertEquals("international-organisation", Sector.INTERNATIONAL_ORGANISATION.code());
            assertEquals(AgendaItemKind.END_OF_DAY, AgendaItemKind.of("end-of-day"));
            assertEquals(Sector.THINK_TANK, Sector.of("think-tank"));
            var unknown = assertThrows(IllegalArgumentException.class, () -> TransportMode.fromCode("zeppelin"));
            assertEquals("unknown transport mode 'zeppelin' (expected one of: metro, bus, tram, suburban-rail, train, "
                    + "ferry, other)", unknown.getMessage());
        }
    }

    @Nested
    class OpenVocabularies {
        @Test
        void everyBuiltInCodeIsLabelledAndDescribedInEnglishAndFrench() {
            for (Vocabulary vocabulary : Vocabulary.values()) {
                assertFalse(vocabulary.builtIns().isEmpty(), vocabulary.noun());
                for (Definition definition : vocabulary.builtIns()) {
                    String where = vocabulary.noun() + " " + definition.code();
                    assertTrue(definition.label().missing(List.of("en", "fr")).isEmpty(), where);
                    assertTrue(definition.description().missing(List.of("en", "fr")).isEmpty(), where);
                }
            }
            assertEquals(Optional.of("Think tank"), Vocabulary.SECTOR.builtIn("think-tank")
                    .flatMap(d -> d.label().get("en")));
            assertEquals(Optional.of("Dîner"), Vocabulary.ITEM_KIND.builtIn("social-dinner")
                    .flatMap(d -> d.label().get("fr")));
            assertEquals(Optional.of("Colloque"), Vocabulary.EVENT_KIND.builtIn("symposium")
                    .flatMap(d -> d.label().get("fr")));
            assertEquals(Roles.builtIn().stream().map(Role::code).toList(),
                    Vocabulary.ROLE.builtIns().stream().map(Definition::code).toList());
        }

        @Test
        void theBuiltInsAreTheConstants() {
            assertEquals(AgendaItemKind.builtIn().stream().map(AgendaItemKind::code).toList(),
                    Vocabulary.ITEM_KIND.builtIns().stream().map(Definition::code).toList());
            assertEquals(Sector.builtIn().stream().map(Sector::code).toList(),
                    Vocabulary.SECTOR.builtIns().stream().map(Definition::code).toList());
            assertEquals(EventKind.builtIn().stream().map(EventKind::code).toList(),
                    Vocabulary.EVENT_KIND.builtIns().stream().map(Definition::code).toList());
            assertTrue(Sector.builtIn().containsAll(List.of(Sector.THINK_TANK, Sector.TECHNICAL_COMMUNITY, Sector.MEDIA,
                    Sector.STANDARDS_BODY)));
            assertTrue(AgendaItemKind.builtIn().containsAll(List.of(AgendaItemKind.REGISTRATION,
                    AgendaItemKind.RECEPTION, AgendaItemKind.SOCIAL_DINNER, AgendaItemKind.NETWORKING,
                    AgendaItemKind.WORKSHOP, AgendaItemKind.EXHIBITION)));
        }

        @Test
        void anEventsOwnDefinitionComesBeforeTheBuiltInOne() {
            Definition poster = Definition.of("poster-session", LocalizedText.of("en", "Poster session"));
            Definition government = Definition.of("government", LocalizedText.of("en", "State"));
            Event event = Event.builder("e").define(Vocabulary.ITEM_KIND, poster).define(Vocabulary.SECTOR, government)
                    .define(Vocabulary.ROLE, Definition.of("rapporteur", LocalizedText.of("en", "Rapporteur")))
                    .build();
            assertEquals(List.of(poster), event.itemKinds());
            assertEquals(Optional.of(poster), event.definition(Vocabulary.ITEM_KIND, "poster-session"));
            assertEquals(Optional.of(government), event.definition(Vocabulary.SECTOR, "government"));
            assertEquals(Vocabulary.SECTOR.builtIn("academia"), event.definition(Vocabulary.SECTOR, "academia"));
            assertEquals(Optional.empty(), event.definition(Vocabulary.EVENT_KIND, "conferance"));
            assertEquals("rapporteur", event.role("rapporteur").orElseThrow().code());
            assertEquals(List.of("rapporteur"),
                    event.definitions(Vocabulary.ROLE).stream().map(Definition::code).toList());
            assertEquals(event, event.toBuilder().build());
            assertNotEquals(event, event.toBuilder().sectors(List.of()).build());
        }

        @Test
        void anyCodeIsAKindAndASectorButNotNull() {
            assertEquals("poster-session", AgendaItemKind.of("poster-session").code());
            assertThrows(NullPointerException.class, () -> Sector.of(null));
            assertThrows(NullPointerException.class, () -> AgendaItemKind.of(null));
            assertThrows(IllegalArgumentException.class,
                    () -> Session.builder("s", AgendaItemKind.of("panel")).build());
        }
    }

    @Nested
    class ProvenanceOfFacts {
        private final Provenance provenance = new Provenance(
                List.of(SourceDocument.of("report", LocalizedText.of("en", "Report"), "report.txt", List.of("en"))),
                List.of(Claim.inferred("startDate", "report", "14 May was a Wednesday in 2014"),
                        Claim.inferred("organisations[*].sector", null, "the encoder's classification")),
                List.of(EditorialNote.of("kind", "report", NoteKind.INCONSISTENCY, "This seminar", "symposium or seminar")));

        @Test
        void tellsStatedFromInferredFacts() {
            assertEquals(Certainty.INFERRED, provenance.certaintyOf("startDate"));
            assertEquals(Certainty.STATED, provenance.certaintyOf("title"));
        }

        @Test
        void appliesWildcardClaimsToEveryElement() {
            assertEquals(Certainty.INFERRED, provenance.certaintyOf("organisations[3].sector"));
            assertEquals(Certainty.STATED, provenance.certaintyOf("organisations[3].country"));
        }

        @Test
        void appliesAClaimToEverythingBelowIt() {
            Provenance onAddress = new Provenance(List.of(),
                    List.of(Claim.inferred("venue.address", null, "not printed")), List.of());
            assertEquals(Certainty.INFERRED, onAddress.certaintyOf("venue.address.postalCode"));
            assertEquals(Certainty.INFERRED, onAddress.certaintyOf("venue.address"));
            assertEquals(Certainty.STATED, onAddress.certaintyOf("venue.name"));
            assertEquals(Certainty.STATED, onAddress.certaintyOf("venue"));
            assertEquals(Certainty.INFERRED, provenance.certaintyOf("organisations[3].sector.code"));
        }

        @Test
        void findsNotesByPath() {
            assertEquals("This seminar", provenance.notesOn("kind").get(0).quoted().orElseThrow());
        }
    }
}
