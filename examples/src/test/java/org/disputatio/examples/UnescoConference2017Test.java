package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.io.shape.PropertyPaths;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Certainty;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.PersonName;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Quote;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Finding;
import org.disputatio.validation.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UnescoConference2017Test {

    private final Event event = UnescoConference2017.event();

    private List<AgendaItem> day(int index) {
        return event.programme().days().get(index).items();
    }

    private AgendaItem item(String id) {
        return event.programme().items().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    private Speaker person(String id) {
        return event.person(id).orElseThrow(() -> new AssertionError("no person " + id));
    }

    private Organisation organisation(String id) {
        return event.organisation(id).orElseThrow(() -> new AssertionError("no organisation " + id));
    }

    private static List<String> people(List<Participation> participations) {
        return participations.stream().map(Participation::person).toList();
    }

    @Nested
    class Validation {

        private final ValidationReport report = EventValidator.english().validate(event);

        @Test
        void hasNoErrors() {
            assertEquals(List.of(), report.errors(), report.toText());
        }

        /**
         * Panel 1 is printed in French only; "GENERAL PUBLIC LAW EXPERTS" in English only. Nothing
         * else lacks a language.
         */
        @Test
        void warnsExactlyAboutTheTextsTheSourcePrintsInOneLanguageOnly() {
            Set<String> paths = report.warnings().stream().map(Finding::path).collect(Collectors.toSet());
            assertEquals(Set.of(
                    "programme.days[0].items[1].title",
                    "programme.days[0].items[1].description",
                    "audience.groups[0]",
                    "audience.groups[1]"), paths, report.toText());
            assertEquals(4, report.warnings().size(), report.toText());
        }

        @Test
        void warnsThatPanelOneLacksEnglishAndTheAudienceGroupsLackFrench() {
            Map<String, LocalizedText> texts = EventGraph.texts(event);
            for (Finding warning : report.warnings()) {
                LocalizedText text = texts.get(warning.path());
                String missing = warning.path().startsWith("audience") ? "fr" : "en";
                assertEquals(Set.of(missing), text.missing(event.languages()), warning.path());
                assertTrue(warning.message().contains(missing), warning.toString());
            }
        }
    }

    @Nested
    class TheEvent {

        @Test
        void isATwoDayBilingualConferenceInParis() {
            assertEquals("unesco-2017", event.id());
            assertEquals("conference", event.kind().code());
            assertEquals(List.of("fr", "en"), event.languages());
            assertEquals(LocalDate.of(2017, 4, 6), event.startDate());
            assertEquals(LocalDate.of(2017, 4, 7), event.endDate());
            assertEquals(Optional.of(ZoneId.of("Europe/Paris")), event.timeZone());
        }

        @Test
        void marksTheTimeZoneAndTheLanguagesAsInferred() {
            assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("timeZone"));
            assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("languages"));
            assertEquals(Certainty.STATED, event.provenance().certaintyOf("startDate"));
        }

        @Test
        void hasTheTitleAndSubtitleAsPrintedInBothLanguages() {
            assertEquals(LocalizedText.of(
                    "fr", "Construire la paix et la sécurité internationale de la sécurité numérique",
                    "en", "Building international peace and Security in the digital society"), event.title());
            assertEquals(LocalizedText.of(
                    "fr", "Acteurs publics, acteurs privés : rôles et responsabilités",
                    "en", "Public actors, private actors : duties and responsibilities"), event.subtitle());
            assertTrue(event.description().isEmpty());
        }

        @Test
        void namesNoOrganiser() {
            assertEquals(List.of(), event.involvements());
        }
    }

    @Nested
    class Programme {

        @Test
        void hasTwoDaysWithTheirPrintedWeekdaysAndHeadings() {
            List<ProgrammeDay> days = event.programme().days();
            assertEquals(2, days.size());
            assertEquals(LocalDate.of(2017, 4, 6), days.get(0).date());
            assertEquals(Optional.of(DayOfWeek.THURSDAY), days.get(0).statedWeekday());
            assertEquals(LocalizedText.of("fr", "Jeudi 6 avril", "en", "Thursday April 6th"), days.get(0).label());
            assertEquals(LocalDate.of(2017, 4, 7), days.get(1).date());
            assertEquals(Optional.of(DayOfWeek.FRIDAY), days.get(1).statedWeekday());
            assertEquals(LocalizedText.of("fr", "Vendredi 7 avril", "en", "Friday April 7th"), days.get(1).label());
        }

        @Test
        void listsTheItemsOfEachDayInPrintedOrder() {
            assertEquals(List.of(AgendaItemKind.OPENING, AgendaItemKind.PANEL, AgendaItemKind.BREAK,
                    AgendaItemKind.OPENING, AgendaItemKind.PANEL, AgendaItemKind.END_OF_DAY),
                    day(0).stream().map(AgendaItem::kind).toList());
            assertEquals(List.of(AgendaItemKind.OPENING, AgendaItemKind.PANEL, AgendaItemKind.DIALOGUE,
                    AgendaItemKind.CONCLUSION), day(1).stream().map(AgendaItem::kind).toList());
            assertEquals(List.of(Optional.of("1"), Optional.of("2"), Optional.of("3")),
                    event.programme().items().filter(Panel.class::isInstance).map(i -> ((Panel) i).label())
                            .toList());
        }

        @Test
        void keepsThePrintedStartTimesAndInventsNone() {
            List<Optional<LocalTime>> day1 = day(0).stream().map(AgendaItem::start).toList();
            assertEquals(List.of(Optional.of(LocalTime.of(9, 30)), Optional.of(LocalTime.of(10, 0)),
                    Optional.of(LocalTime.of(12, 30)), Optional.of(LocalTime.of(14, 30)), Optional.empty(),
                    Optional.of(LocalTime.of(17, 30))), day1);
            List<Optional<LocalTime>> day2 = day(1).stream().map(AgendaItem::start).toList();
            assertEquals(List.of(Optional.of(LocalTime.of(9, 0)), Optional.empty(), Optional.empty(),
                    Optional.empty()), day2);
        }

        @Test
        void givesPanelsTwoAndThreeNoStartTime() {
            assertEquals(Optional.empty(), item("panel-2").start());
            assertEquals(Optional.empty(), item("panel-3").start());
        }

        @Test
        void givesNoItemAnEndTime() {
            assertTrue(event.programme().items().allMatch(i -> i.end().isEmpty()));
        }

        @Test
        void titlesTheOpeningsLunchDialogueAndConclusionInBothLanguages() {
            LocalizedText opening = LocalizedText.of("fr", "Ouverture", "en", "Opening");
            assertEquals(opening, day(0).get(0).title());
            assertEquals(opening, day(0).get(3).title());
            assertEquals(opening, day(1).get(0).title());
            assertEquals(LocalizedText.of("fr", "Déjeuner (possibilité de déjeuner sur place)",
                    "en", "Lunch (facilities on site)"), day(0).get(2).title());
            assertEquals(LocalizedText.of("fr", "Le rôle des États : deux points de vue",
                    "en", "The role of States: two viewpoints"), day(1).get(2).title());
            assertEquals(LocalizedText.of("fr", "Conclusion", "en", "Conclusion"), day(1).get(3).title());
        }

        @Test
        void endsTheFirstDayWithAnUntitledItemAtHalfPastFive() {
            AgendaItem end = day(0).get(5);
            assertEquals(AgendaItemKind.END_OF_DAY, end.kind());
            assertEquals(Optional.of(LocalTime.of(17, 30)), end.start());
            assertTrue(end.title().isEmpty());
            assertTrue(end.participants().isEmpty());
            assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("items[day1-end].kind"));
            // the claim is by id; asked by index, it takes the event to know it is the same item
            assertEquals(Certainty.INFERRED, PropertyPaths.of(event).certaintyOf("programme.days[0].items[5].kind"));
            assertEquals(Certainty.STATED, PropertyPaths.of(event).certaintyOf("programme.days[0].items[4].kind"));
        }

        @Test
        void keepsPanelOneInFrenchOnly() {
            AgendaItem panel1 = day(0).get(1);
            assertEquals("panel-1", panel1.id());
            assertEquals(Set.of("fr"), panel1.title().languages());
            assertEquals(Set.of("fr"), panel1.description().languages());
            assertEquals(Optional.of("Prévention des attaques informatiques et protection : qui doit faire quoi ?"),
                    panel1.title().get("fr"));
        }

        @Test
        void keepsPanelTwosWrongEnglishTitleVerbatim() {
            AgendaItem panel2 = day(0).get(4);
            assertEquals("panel-2", panel2.id());
            assertEquals(LocalizedText.of("fr", "Réponse aux attaques informatiques : qui peut faire quoi ?",
                    "en", "Prevention against cyber-attacks : who can do what?"), panel2.title());
            assertTrue(panel2.description().get("en").orElseThrow().contains("respond to cyber-attacks"));
        }

        @Test
        void titlesPanelThreeInBothLanguages() {
            assertEquals(LocalizedText.of(
                    "fr", "Gouvernance et régulation de la sécurité numérique : quel rôle pour chacun ?",
                    "en", "Regulation and Governance of peace and cybersecurity : what role for each one?"),
                    item("panel-3").title());
            assertEquals(Set.of("fr", "en"), item("panel-3").description().languages());
        }
    }

    @Nested
    class Participants {

        @Test
        void registersTwentyEightDistinctPeopleEachOnce() {
            assertEquals(28, event.people().size());
            assertEquals(28, event.people().stream().map(Speaker::id).distinct().count());
            assertEquals(28, event.people().stream().map(p -> p.name().normalized()).distinct().count());
        }

        @Test
        void letsEveryRegisteredPersonAppearAndEveryAppearanceResolve() {
            Set<String> appearing = event.programme().items().flatMap(i -> i.participants().stream())
                    .map(Participation::person).collect(Collectors.toSet());
            Set<String> registered = event.people().stream().map(Speaker::id).collect(Collectors.toSet());
            assertEquals(registered, appearing);
        }

        @Test
        void countsThirtyOneParticipations() {
            assertEquals(31, event.programme().items().mapToInt(i -> i.participants().size()).sum());
            assertEquals(List.of(2, 8, 0, 1, 7, 0), day(0).stream().map(i -> i.participants().size()).toList());
            assertEquals(List.of(1, 9, 2, 1), day(1).stream().map(i -> i.participants().size()).toList());
        }

        @Test
        void louisGautierOpensTheFirstDayAndConcludesTheConference() {
            assertEquals(List.of(Participation.of(UnescoConference2017.LARUE, Roles.OPENING_SPEAKER),
                    Participation.of("louis-gautier", Roles.OPENING_SPEAKER)), day(0).get(0).participants());
            AgendaItem conclusion = day(1).get(3);
            assertEquals(AgendaItemKind.CONCLUSION, conclusion.kind());
            assertEquals(List.of(Participation.of("louis-gautier", Roles.CONCLUDING_SPEAKER)),
                    conclusion.participants());
        }

        @Test
        void christakisAndTsagouriasSitOnTwoPanelsInDifferentRoles() {
            assertEquals(Map.of("panel-2", "inventio", "panel-3", "disputatio"),
                    rolesOf(UnescoConference2017.CHRISTAKIS));
            assertEquals(Map.of("panel-2", "disputatio", "panel-3", "inventio"),
                    rolesOf(UnescoConference2017.TSAGOURIAS));
        }

        private Map<String, String> rolesOf(String personId) {
            Map<String, String> roles = new LinkedHashMap<>();
            event.programme().items().forEach(item -> item.participants().stream()
                    .filter(p -> p.person().equals(personId))
                    .forEach(p -> roles.put(item.id(), p.role())));
            return roles;
        }

        @Test
        void groupsPanelOneByRoleInPrintedOrder() {
            Map<String, List<Participation>> byRole = item("panel-1").participantsByRole();
            assertEquals(List.of("inventio", "elocutio", "disputatio"), List.copyOf(byRole.keySet()));
            assertEquals(List.of("karine-bannelier", "claude-kirchner"), people(byRole.get("inventio")));
            assertEquals(List.of("nicola-bonucci", "moctar-yedaly", "francesca-bosco"),
                    people(byRole.get("elocutio")));
            assertEquals(List.of("sergei-boeke", "celine-castets-renard", "fabien-terpan"),
                    people(byRole.get("disputatio")));
        }

        @Test
        void groupsPanelsTwoAndThreeByRoleInPrintedOrder() {
            Map<String, List<Participation>> panel2 = item("panel-2").participantsByRole();
            assertEquals(List.of("inventio", "elocutio", "disputatio"), List.copyOf(panel2.keySet()));
            assertEquals(List.of("theodore-christakis", "claude-castellucia"), people(panel2.get("inventio")));
            assertEquals(List.of("ken-hu", "scott-charney"), people(panel2.get("elocutio")));
            assertEquals(List.of("sarah-heathcote", "nicolas-tsagourias", "liis-vihul"),
                    people(panel2.get("disputatio")));
            Map<String, List<Participation>> panel3 = item("panel-3").participantsByRole();
            assertEquals(List.of("inventio", "elocutio", "disputatio"), List.copyOf(panel3.keySet()));
            assertEquals(List.of("nicolas-tsagourias", "kave-salamatian"), people(panel3.get("inventio")));
            assertEquals(List.of("richard-stallman", "dan-shefet", "ingolf-pernice", "kim-aumonier"),
                    people(panel3.get("elocutio")));
            assertEquals(List.of("frederick-douzet", "theodore-christakis", "pal-wrange"),
                    people(panel3.get("disputatio")));
        }

        @Test
        void givesTheTwoViewpointsOnTheRoleOfStatesToQiAndPoupard() {
            assertEquals(List.of(Participation.of("qi-xiaoxia", Roles.SPEAKER),
                    Participation.of("guillaume-poupard", Roles.SPEAKER)), item("dialogue-role-of-states")
                            .participants());
        }

        @Test
        void opensTheAfternoonWithFeakinAndTheSecondDayWithMartinon() {
            assertEquals(List.of(Participation.of("tobias-feakin", Roles.OPENING_SPEAKER)),
                    day(0).get(3).participants());
            assertEquals(List.of(Participation.of("david-martinon", Roles.OPENING_SPEAKER)),
                    day(1).get(0).participants());
        }
    }

    @Nested
    class People {

        @Test
        void keepsFamilyNamesInCapitalsAndHonorificsAsPrinted() {
            assertEquals("Mr. Frank LARUE", person("frank-larue").displayName());
            assertEquals("Frank LARUE", person("frank-larue").name().printed());
            assertEquals(Optional.of("LARUE"), person("frank-larue").name().family());
            assertEquals(Optional.of("Frank"), person("frank-larue").name().given());
            assertEquals("Ms Céline CASTETS-RENARD", person("celine-castets-renard").displayName());
            assertEquals("Dr Tobias FEAKIN", person("tobias-feakin").displayName());
            assertEquals("Ms. Kim AUMONIER", person("kim-aumonier").displayName());
            assertEquals("Mr. Pål WRANGE", person("pal-wrange").displayName());
        }

        @Test
        void writesQiXiaoxiaFamilyNameFirst() {
            Speaker qi = person("qi-xiaoxia");
            assertEquals(NameOrder.FAMILY_FIRST, qi.name().order());
            assertEquals(Optional.of("Qi"), qi.name().family());
            assertEquals(Optional.of("XIAOXIA"), qi.name().given());
            assertEquals("Qi XIAOXIA", qi.name().printed());
            assertEquals("Ms Qi XIAOXIA", qi.displayName());
            assertEquals("qi, xiaoxia", qi.name().sortKey());
        }

        @Test
        void marksTheSplitOfQiXiaoxiaAsInferredWithAClaimAndEveryOtherAsStated() {
            assertEquals(Certainty.INFERRED, person("qi-xiaoxia").name().parts());
            assertTrue(event.provenance().claims().stream().anyMatch(claim -> claim.path().equals("people[qi-xiaoxia].name")
                    && claim.certainty() == Certainty.INFERRED && claim.rationale().contains("Qi XIAOXIA")));
            for (Speaker speaker : event.people()) {
                if (!speaker.id().equals("qi-xiaoxia")) {
                    PersonName name = speaker.name();
                    assertEquals(Certainty.STATED, name.parts(), speaker.id());
                    assertEquals(NameOrder.GIVEN_FIRST, name.order(), speaker.id());
                    String family = name.family().orElseThrow();
                    assertEquals(family.toUpperCase(java.util.Locale.ROOT), family, speaker.id());
                    assertEquals(name.given().orElseThrow() + " " + family, name.printed(), speaker.id());
                }
            }
        }

        @Test
        void givesQiXiaoxiaHerPositionAndBureauAtTheCac() {
            Affiliation affiliation = person("qi-xiaoxia").affiliations().get(0);
            assertEquals(Optional.of("cac"), affiliation.organisation());
            assertEquals(LocalizedText.of("en", "Director General"), affiliation.position());
            assertEquals(LocalizedText.of("en", "Bureau of International Cooperation"), affiliation.unit());
            assertEquals(Optional.empty(), person("qi-xiaoxia").country());
        }

        @Test
        void givesCastetsRenardAndChristakisTwoAffiliationsEach() {
            assertEquals(List.of(Optional.of("university-toulouse-capitole"),
                    Optional.of("institut-universitaire-de-france")),
                    person("celine-castets-renard").affiliations().stream().map(Affiliation::organisation).toList());
            assertEquals(List.of(Optional.of("university-grenoble-alpes"),
                    Optional.of("institut-universitaire-de-france")),
                    person("theodore-christakis").affiliations().stream().map(Affiliation::organisation).toList());
            assertEquals(List.of(Optional.of("universite-paris-8"), Optional.of("chaire-castex")),
                    person("frederick-douzet").affiliations().stream().map(Affiliation::organisation).toList());
        }

        @Test
        void givesLarueHisPositionAndSectorAtUnesco() {
            Affiliation affiliation = person("frank-larue").affiliations().get(0);
            assertEquals(Optional.of("unesco"), affiliation.organisation());
            assertEquals(LocalizedText.of("en", "Director"), affiliation.position());
            assertEquals(LocalizedText.of("en", "Communication and information Sector"), affiliation.unit());
        }

        @Test
        void givesPositionsWithoutAnOrganisationTheirOwnSectorAndCountry() {
            Affiliation gautier = person("louis-gautier").affiliations().get(0);
            assertEquals(Optional.empty(), gautier.organisation());
            assertEquals(LocalizedText.of("fr", "Secrétaire général de la défense et de la sécurité nationale",
                    "en", "Secretary-General for Defense and National Security"), gautier.position());
            assertEquals(Optional.of(Sector.GOVERNMENT), event.sectorOf(gautier));
            assertEquals(Optional.of("FR"), event.countryOf(gautier));
            Affiliation feakin = person("tobias-feakin").affiliations().get(0);
            assertEquals(LocalizedText.of("en", "Ambassador for Cyber Affairs"), feakin.position());
            assertEquals(Optional.of("AU"), event.countryOf(feakin));
            Affiliation martinon = person("david-martinon").affiliations().get(0);
            assertEquals(LocalizedText.of("en", "Ambassador for cyberdiplomacy and digital economy"),
                    martinon.position());
            assertEquals(Optional.of("FR"), event.countryOf(martinon));
            assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("people[1].affiliations[0].sector"));
        }

        @Test
        void givesHuAndCharneyTheirPositionsAtTheirCompanies() {
            Affiliation hu = person("ken-hu").affiliations().get(0);
            assertEquals(Optional.of("huawei"), hu.organisation());
            assertEquals(LocalizedText.of("en", "Vice-Chairman"), hu.position());
            assertEquals(Optional.of(Sector.COMPANY), event.sectorOf(hu));
            Affiliation charney = person("scott-charney").affiliations().get(0);
            assertEquals(Optional.of("microsoft"), charney.organisation());
            assertEquals(LocalizedText.of("en", "Vice-Chairman"), charney.position());
        }

        @Test
        void givesPeopleOnlyTheCountriesPrintedAfterTheirNames() {
            Map<String, String> countries = new LinkedHashMap<>();
            event.people().forEach(p -> p.country().ifPresent(c -> countries.put(p.id(), c)));
            assertEquals(Map.ofEntries(
                    Map.entry("louis-gautier", "FR"), Map.entry("karine-bannelier", "FR"),
                    Map.entry("claude-kirchner", "FR"), Map.entry("sergei-boeke", "NL"),
                    Map.entry("fabien-terpan", "FR"), Map.entry("tobias-feakin", "AU"),
                    Map.entry("claude-castellucia", "FR"), Map.entry("nicolas-tsagourias", "GB"),
                    Map.entry("liis-vihul", "EE"), Map.entry("david-martinon", "FR"),
                    Map.entry("kave-salamatian", "FR"), Map.entry("richard-stallman", "US"),
                    Map.entry("dan-shefet", "FR"), Map.entry("ingolf-pernice", "DE"),
                    Map.entry("kim-aumonier", "US"), Map.entry("frederick-douzet", "FR"),
                    Map.entry("pal-wrange", "SE"), Map.entry("guillaume-poupard", "FR")), countries);
        }
    }

    @Nested
    class Organisations {

        @Test
        void registersEachOrganisationOnceAndReferencesEveryOne() {
            assertEquals(25, event.organisations().size());
            Set<String> ids = event.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
            assertEquals(25, ids.size());
            Set<String> referenced = new HashSet<>();
            event.people().forEach(p -> p.affiliations().forEach(a -> a.organisation().ifPresent(referenced::add)));
            assertEquals(ids, referenced);
        }

        @Test
        void givesAcronymOnlyOrganisationsNoName() {
            for (String id : List.of("oecd", "unicri", "inria", "unesco")) {
                Organisation organisation = organisation(id);
                assertTrue(organisation.name().isEmpty(), id);
                assertEquals(Optional.of(id.toUpperCase(java.util.Locale.ROOT)), organisation.acronym());
            }
        }

        @Test
        void givesCacAndAnssiTheirPrintedExpansions() {
            Organisation cac = organisation("cac");
            assertEquals(Optional.of("CAC"), cac.acronym());
            assertEquals(LocalizedText.of("en", "Cyberspace administration of China"), cac.name());
            assertEquals(Optional.of(Sector.GOVERNMENT), cac.sector());
            Organisation anssi = organisation("anssi");
            assertEquals(Optional.of("ANSSI"), anssi.acronym());
            assertEquals(LocalizedText.of("fr", "Agence nationale de la sécurité des systèmes d'information"),
                    anssi.name());
            assertEquals(Optional.of("FR"), anssi.country());
        }

        @Test
        void marksTheCountryOfCacAsInferredAndNoOtherCountry() {
            int cac = event.organisations().indexOf(organisation("cac"));
            assertEquals(Optional.of("CN"), organisation("cac").country());
            PropertyPaths paths = PropertyPaths.of(event);
            assertEquals(Certainty.INFERRED, paths.certaintyOf("organisations[cac].country"));
            assertEquals(Certainty.INFERRED, paths.certaintyOf("organisations[" + cac + "].country"));
            for (int i = 0; i < event.organisations().size(); i++) {
                if (i != cac) {
                    assertEquals(Certainty.STATED, paths.certaintyOf("organisations[" + i + "].country"));
                }
            }
        }

        @Test
        void namesOrganisationsInTheLanguageTheyArePrintedIn() {
            assertEquals(LocalizedText.of("en", "University Grenoble-Alpes"),
                    organisation("university-grenoble-alpes").name());
            assertEquals(LocalizedText.of("fr", "Université Paris 8"), organisation("universite-paris-8").name());
            assertEquals(LocalizedText.of("fr", "Chaire Castex"), organisation("chaire-castex").name());
            assertEquals(LocalizedText.of("fr", "Institut Universitaire de France"),
                    organisation("institut-universitaire-de-france").name());
        }

        @Test
        void givesOrganisationsOnlyCountriesPrintedWithThem() {
            assertEquals(Optional.of("FR"), organisation("university-grenoble-alpes").country());
            assertEquals(Optional.of("NL"), organisation("university-of-leiden").country());
            assertEquals(Optional.of("EE"),
                    organisation("nato-cooperative-cyber-defence-centre-of-excellence").country());
            for (String unstated : List.of("unesco", "oecd", "unicri", "african-union", "huawei", "microsoft",
                    "australian-national-university", "university-toulouse-capitole",
                    "institut-universitaire-de-france")) {
                assertEquals(Optional.empty(), organisation(unstated).country(), unstated);
            }
        }

        @Test
        void spreadsTheSpeakersAcrossPublicAndPrivateSectors() {
            Set<Sector> sectors = event.organisations().stream().map(o -> o.sector().orElseThrow())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertEquals(Set.of(Sector.INTERNATIONAL_ORGANISATION, Sector.ACADEMIA, Sector.COMPANY,
                    Sector.DEFENCE, Sector.CIVIL_SOCIETY, Sector.GOVERNMENT), sectors);
        }
    }

    @Nested
    class VenueAndAudience {

        private final Venue venue = event.venue().orElseThrow();

        @Test
        void isTheMaisonDeLUnesco() {
            assertEquals(LocalizedText.of("fr", "Maison de l'UNESCO"), venue.name());
            assertEquals(Optional.of(PostalAddress.of("125, avenue de Suffren", "75007", "Paris", "7ème", "FR")),
                    venue.address());
        }

        @Test
        void marksThePostalCodeCountryAndDistrictAsInferred() {
            for (String part : List.of("postalCode", "country", "district")) {
                assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("venue.address." + part), part);
            }
            assertEquals(Certainty.STATED, event.provenance().certaintyOf("venue.address.street"));
            assertEquals(Certainty.STATED, event.provenance().certaintyOf("venue.address.locality"));
        }

        @Test
        void listsMetroLinesSixEightTenAndBusesTwentyEightAndEighty() {
            assertEquals(List.of(
                    TransportAccess.of(TransportMode.METRO, "6", "Cambronne"),
                    TransportAccess.of(TransportMode.METRO, "8", "La Motte-Picquet Grenelle"),
                    TransportAccess.of(TransportMode.METRO, "10", "Ségur"),
                    TransportAccess.of(TransportMode.BUS, "28"),
                    TransportAccess.of(TransportMode.BUS, "80")), venue.access());
        }

        @Test
        void offersFoodOnSite() {
            assertEquals(List.of(LocalizedText.of("fr", "Possibilité de restauration sur place",
                    "en", "Food available on site")), venue.facilities());
            assertEquals(List.of(), venue.rooms());
        }

        @Test
        void isOpenToTheGeneralPublicAndLawExperts() {
            assertEquals(List.of(LocalizedText.of("en", "GENERAL PUBLIC"), LocalizedText.of("en", "LAW EXPERTS")),
                    event.audience().groups());
            assertEquals(LocalizedText.of("fr", "Accès public", "en", "Public access"), event.audience().admission());
            assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("audience.groups[0]"));
            assertEquals(Certainty.INFERRED, event.provenance().certaintyOf("audience.groups[1]"));
        }

        @Test
        void pointsToTheJeSuisInternetPlatformInElevenLanguages() {
            assertEquals(1, event.links().size());
            Link link = event.links().get(0);
            assertEquals("https://jesuisinternet.today", link.url().toString());
            assertEquals(LocalizedText.of("fr", "JE SUIS INTERNET"), link.title());
            assertEquals(LocalizedText.of("en", "SPEAK UP FOR YOUR DIGITAL RIGHTS"), link.tagline());
            assertEquals(Set.of("fr", "en"), link.description().languages());
            assertEquals(Optional.of(11), link.languageCount());
            assertEquals(List.of(), link.languages());
        }
    }

    @Nested
    class Foreword {

        @Test
        void quotesLouisGautierInFrenchAndEnglishWithoutTheQuotationMarks() {
            assertEquals(1, event.proceedings().quotes().size());
            Quote quote = event.proceedings().quotes().get(0);
            assertEquals(Optional.of("louis-gautier"), quote.speaker());
            String fr = quote.text().get("fr").orElseThrow();
            String en = quote.text().get("en").orElseThrow();
            assertTrue(fr.startsWith("Le numérique est au cœur") && fr.endsWith("deux jours d'échange."), fr);
            assertTrue(en.startsWith("Digital lies at the heart") && en.endsWith("the two-day exchange."), en);
            assertEquals(LocalizedText.of("fr", "Secrétaire général de la défense et de la sécurité nationale",
                    "en", "Secretary-General for Defense and National Security"), quote.attribution());
        }
    }

    @Nested
    class EditorialNotes {

        private EditorialNote noteQuoting(String quoted) {
            return event.provenance().notes().stream().filter(n -> n.quoted().equals(Optional.of(quoted)))
                    .findFirst().orElseThrow(() -> new AssertionError("no note quoting " + quoted));
        }

        @Test
        void recordsTheWrongDatesOfTheSecondFlyer() {
            EditorialNote note = noteQuoting("UNESCO Paris 8-9 et 7 avril 2017");
            assertEquals(NoteKind.INCONSISTENCY, note.kind());
            assertEquals("startDate", note.path());
            assertEquals(Optional.of(UnescoConference2017.SOURCE), note.source());
        }

        @Test
        void recordsThePlaceholderPhoneNumberAndEncodesNoContact() {
            EditorialNote note = noteQuoting("00 00 00 00");
            assertEquals(NoteKind.PLACEHOLDER, note.kind());
            assertEquals("", note.path());
            assertFalse(EventGraph.texts(event).values().stream()
                    .anyMatch(t -> t.asMap().values().stream().anyMatch(s -> s.contains("00 00"))));
        }

        @Test
        void recordsPanelTwosMistranslatedTitle() {
            EditorialNote note = noteQuoting("Prevention against cyber-attacks : who can do what?");
            assertEquals(NoteKind.SOURCE_ERROR, note.kind());
            assertEquals("items[panel-2].title", note.path());
            assertEquals(List.of(note), PropertyPaths.of(event).notesOn("programme.days[0].items[4].title"));
            assertEquals(Optional.of(note.quoted().orElseThrow()),
                    EventGraph.resolve(event, PropertyPaths.of(event).indexPath(note.path()).orElseThrow()).stream().map(LocalizedText.class::cast)
                            .findFirst().orElseThrow().get("en"));
        }

        @Test
        void recordsWherePanelThreeAndTheTitleDifferBetweenLanguages() {
            assertEquals(NoteKind.INCONSISTENCY, noteQuoting("How can we build consensus?").kind());
            assertEquals("items[panel-3].description", noteQuoting("How can we build consensus?").path());
            EditorialNote title = noteQuoting(
                    "Construire la paix et la sécurité internationale de la sécurité numérique");
            assertEquals(NoteKind.INCONSISTENCY, title.kind());
            assertEquals("title", title.path());
        }

        @Test
        void citesTheProgrammeAsTheOneSource() {
            assertEquals(1, event.provenance().sources().size());
            assertEquals("unesco-2017-programme", event.provenance().sources().get(0).id());
            assertEquals(Optional.of("unesco-2017-conference-programme.txt"),
                    event.provenance().sources().get(0).reference());
            assertEquals(List.of("fr", "en"), event.provenance().sources().get(0).languages());
        }
    }
}
