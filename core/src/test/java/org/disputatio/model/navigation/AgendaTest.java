package org.disputatio.model.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;

class AgendaTest {

    static final LocalDate DAY_1 = LocalDate.of(2030, 5, 14);
    static final LocalDate DAY_2 = DAY_1.plusDays(1);

    /**
     * Day 1: an opening block holding a keynote and a panel, two parallel tracks (a1, b1, a2), a
     * closing plenary; day 2: one panel; one unscheduled item holding another.
     */
    static Event event() {
        return Event.builder("nav")
                .dates(DAY_1, DAY_2)
                .organisation(Organisation.builder("uga").name("en", "University Grenoble-Alpes")
                        .sector(Sector.ACADEMIA).country("FR").build())
                .organisation(Organisation.builder("acme").name("en", "Acme").sector(Sector.COMPANY).build())
                .person(Speaker.builder("ada").honorific("Ms").name("Ada", "LOVELACE")
                        .affiliation(Affiliation.at("uga")).affiliation(Affiliation.at("acme"))
                        .affiliation(Affiliation.at("uga").withUnit(LocalizedText.of("en", "Lab"))).build())
                .person(Speaker.builder("alan").honorific("Mr.").name("Alan", "TURING").country("GB")
                        .affiliation(Affiliation.position(LocalizedText.of("en", "Adviser"), Sector.GOVERNMENT, null))
                        .build())
                .programme(new Programme(List.of(
                        ProgrammeDay.of(DAY_1,
                                Session.builder("opening", AgendaItemKind.OPENING).participant("ada", Roles.CHAIR)
                                        .item(Session.builder("keynote", AgendaItemKind.KEYNOTE)
                                                .participant("alan", Roles.KEYNOTE_SPEAKER).build())
                                        .item(Panel.builder("panel-a").participant("ada", Roles.MODERATOR)
                                                .participant("alan", Roles.PANELLIST).build())
                                        .build(),
                                Session.builder("a1", AgendaItemKind.ADDRESS).track("a").room("r1")
                                        .participant("ada", Roles.SPEAKER).build(),
                                Session.builder("b1", AgendaItemKind.ADDRESS).track("b").room("r2")
                                        .participant("ghost", Roles.SPEAKER)
                                        .participant(Participation.of("alan", "juggler")).build(),
                                Session.builder("a2", AgendaItemKind.ADDRESS).track("a").room("r1").room("r2")
                                        .room("r1").build(),
                                Session.builder("closing", AgendaItemKind.CONCLUSION).build()),
                        ProgrammeDay.of(DAY_2, Panel.builder("panel-x").participant("ada", Roles.PANELLIST).build())),
                        List.of(Session.builder("tbc", AgendaItemKind.KEYNOTE)
                                .item(Session.builder("tbc-child", AgendaItemKind.ADDRESS).build()).build())))
                .provenance(Provenance.builder()
                        .source(SourceDocument.of("src", LocalizedText.empty(), "a test", List.of()))
                        .claim(Claim.inferred("organisations[*].sector", "src", "the encoder's classification"))
                        .build())
                .build();
    }

    private static List<String> ids(List<LocatedItem> items) {
        return items.stream().map(LocatedItem::id).toList();
    }

    @Test
    void everyItemInProgrammeOrderWithItsPathDayAndParent() {
        Agenda agenda = Agenda.of(event());
        assertEquals(List.of("opening", "keynote", "panel-a", "a1", "b1", "a2", "closing", "panel-x", "tbc",
                "tbc-child"), ids(agenda.items()));
        assertEquals(List.of("programme.days[0].items[0]", "programme.days[0].items[0].items[0]",
                "programme.days[0].items[0].items[1]", "programme.days[0].items[1]", "programme.days[0].items[2]",
                "programme.days[0].items[3]", "programme.days[0].items[4]", "programme.days[1].items[0]",
                "programme.unscheduled[0]", "programme.unscheduled[0].items[0]"),
                agenda.items().stream().map(LocatedItem::path).toList());
        LocatedItem panelA = agenda.item("panel-a").orElseThrow();
        assertEquals(DAY_1, panelA.date().orElseThrow());
        assertEquals(OptionalInt.of(0), panelA.dayIndex());
        assertSame(agenda.item("opening").orElseThrow(), panelA.parent().orElseThrow());
        assertEquals(1, panelA.depth());
        assertEquals(1, panelA.position());
        assertTrue(panelA.isPanel());
        assertEquals(DAY_2, agenda.item("panel-x").orElseThrow().day().orElseThrow().date());
        LocatedItem child = agenda.item("tbc-child").orElseThrow();
        assertTrue(child.day().isEmpty());
        assertTrue(child.date().isEmpty());
        assertTrue(child.dayIndex().isEmpty());
        assertEquals(List.of("tbc", "tbc-child"), ids(agenda.unscheduled()));
        assertEquals(List.of("opening", "keynote", "panel-a", "a1", "b1", "a2", "closing"), ids(agenda.itemsOfDay(0)));
        assertEquals(List.of("panel-a", "panel-x"), ids(agenda.panels()));
        assertTrue(agenda.item("nothing").isEmpty());
        assertThrows(IndexOutOfBoundsException.class, () -> agenda.itemsOfDay(2));
    }

    @Test
    void consecutivePairsAreSiblingsInALaneNestedOnesAmongThemselves() {
        Agenda agenda = Agenda.of(event());
        assertEquals(List.of("keynote -> panel-a", "opening -> a1", "opening -> b1", "a1 -> a2", "b1 -> closing",
                "a2 -> closing"), agenda.consecutivePairs().stream().map(ItemPair::toString).toList());
    }

    @Test
    void withoutTracksEachItemAndTheNextOneAndNothingAcrossDaysOrUnscheduled() {
        Event event = Event.builder("plain").dates(DAY_1, DAY_2).programme(new Programme(List.of(
                ProgrammeDay.of(DAY_1, Session.builder("x", AgendaItemKind.OPENING).build(),
                        Session.builder("y", AgendaItemKind.BREAK).build(),
                        Session.builder("z", AgendaItemKind.CONCLUSION).build()),
                ProgrammeDay.of(DAY_2, Session.builder("w", AgendaItemKind.OPENING).build())),
                List.of(Session.builder("u1", AgendaItemKind.KEYNOTE).build(),
                        Session.builder("u2", AgendaItemKind.KEYNOTE).build()))).build();
        assertEquals(List.of("x -> y", "y -> z"),
                Agenda.of(event).consecutivePairs().stream().map(ItemPair::toString).toList());
    }

    @Test
    void aPlenaryAfterTracksFollowsTheLastOfEachTrackAndATrackItemFollowsThePlenary() {
        Event event = Event.builder("tracks").dates(DAY_1, DAY_1).programme(Programme.of(ProgrammeDay.of(DAY_1,
                Session.builder("p", AgendaItemKind.OPENING).build(),
                Session.builder("a1", AgendaItemKind.ADDRESS).track("a").build(),
                Session.builder("b1", AgendaItemKind.ADDRESS).track("b").build(),
                Session.builder("a2", AgendaItemKind.ADDRESS).track("a").build(),
                Session.builder("b2", AgendaItemKind.ADDRESS).track("b").build(),
                Session.builder("q", AgendaItemKind.BREAK).build(),
                Session.builder("a3", AgendaItemKind.ADDRESS).track("a").build(),
                Session.builder("r", AgendaItemKind.CONCLUSION).build()))).build();
        assertEquals(List.of("p -> a1", "p -> b1", "a1 -> a2", "b1 -> b2", "a2 -> q", "b2 -> q", "q -> a3", "a3 -> r"),
                Agenda.of(event).consecutivePairs().stream().map(ItemPair::toString).toList());
    }

    @Test
    void itemsByTrackAndByRoom() {
        Agenda agenda = Agenda.of(event());
        Map<String, List<LocatedItem>> tracks = agenda.itemsByTrack();
        assertEquals(List.of("a", "b"), List.copyOf(tracks.keySet()));
        assertEquals(List.of("a1", "a2"), ids(agenda.itemsInTrack("a")));
        assertEquals(List.of("b1"), ids(tracks.get("b")));
        assertEquals(List.of(), agenda.itemsInTrack("c"));
        assertEquals(List.of("r1", "r2"), List.copyOf(agenda.itemsByRoom().keySet()));
        assertEquals(List.of("a1", "a2"), ids(agenda.itemsInRoom("r1"))); // a2 names r1 twice: once here
        assertEquals(List.of("b1", "a2"), ids(agenda.itemsInRoom("r2")));
        assertEquals(List.of(), agenda.itemsInRoom("r3"));
    }

    @Test
    void participationsResolvePersonRoleOrganisationsSectorsAndCountry() {
        Agenda agenda = Agenda.of(event());
        assertEquals(List.of("programme.days[0].items[0].participants[0]",
                "programme.days[0].items[0].items[0].participants[0]",
                "programme.days[0].items[0].items[1].participants[0]",
                "programme.days[0].items[0].items[1].participants[1]", "programme.days[0].items[1].participants[0]",
                "programme.days[0].items[2].participants[0]", "programme.days[0].items[2].participants[1]",
                "programme.days[1].items[0].participants[0]"),
                agenda.participations().stream().map(LocatedParticipation::path).toList());

        LocatedParticipation ada = agenda.participations().get(0);
        assertEquals("ada", ada.personId());
        assertEquals("people[0]", ada.personPath().orElseThrow());
        assertEquals("Ms", ada.honorific().orElseThrow());
        assertEquals(Roles.CHAIR, ada.role().orElseThrow());
        assertEquals(List.of("uga", "acme"), ada.organisations().stream().map(Organisation::id).toList());
        assertEquals(List.of(Sector.ACADEMIA, Sector.COMPANY), ada.sectors());
        assertEquals(3, ada.affiliations().size());
        Resolved<Sector> sector = ada.affiliations().get(0).sector().orElseThrow();
        assertEquals(new Resolved<>(Sector.ACADEMIA, Origin.ORGANISATION, "organisations[0].sector",
                Certainty.INFERRED), sector);
        assertTrue(sector.inferred());
        assertTrue(ada.affiliations().get(1).country().isEmpty()); // acme states no country
        assertEquals("people[0].affiliations[1]", ada.affiliations().get(1).path());
        Resolved<String> country = ada.effectiveCountry().orElseThrow();
        assertEquals(new Resolved<>("FR", Origin.ORGANISATION, "organisations[0].country", Certainty.STATED), country);
        assertEquals("organisation", country.origin().code());

        LocatedParticipation alan = agenda.participations().get(1);
        assertEquals(List.of(), alan.organisations());
        assertEquals(new Resolved<>(Sector.GOVERNMENT, Origin.AFFILIATION, "people[1].affiliations[0].sector",
                Certainty.STATED), alan.affiliations().get(0).sector().orElseThrow());
        assertEquals(new Resolved<>("GB", Origin.PERSON, "people[1].country", Certainty.STATED),
                alan.effectiveCountry().orElseThrow());
        assertSame(agenda.item("keynote").orElseThrow(), alan.item());
        assertSame(alan, alan.item().participations().get(0));
    }

    @Test
    void unresolvedReferencesAreEmptyNotErrors() {
        Agenda agenda = Agenda.of(event());
        LocatedParticipation ghost = agenda.item("b1").orElseThrow().participations().get(0);
        assertTrue(ghost.person().isEmpty());
        assertTrue(ghost.personPath().isEmpty());
        assertTrue(ghost.honorific().isEmpty());
        assertEquals(List.of(), ghost.sectors());
        assertEquals(List.of(), ghost.affiliations());
        assertTrue(ghost.effectiveCountry().isEmpty());
        LocatedParticipation juggler = agenda.item("b1").orElseThrow().participations().get(1);
        assertEquals("juggler", juggler.roleCode());
        assertTrue(juggler.role().isEmpty());
        assertFalse(juggler.person().isEmpty());
    }

    @Test
    void participationsByPersonInProgrammeOrder() {
        Agenda agenda = Agenda.of(event());
        assertEquals(List.of("ada", "alan", "ghost"), List.copyOf(agenda.participationsByPerson().keySet()));
        assertEquals(List.of("opening", "panel-a", "a1", "panel-x"),
                agenda.participationsOf("ada").stream().map(p -> p.item().id()).toList());
        assertEquals(List.of(), agenda.participationsOf("nobody"));
    }

    @Test
    void builtOncePerEventInstanceAndImmutable() {
        Event event = event();
        Agenda agenda = Agenda.of(event);
        assertSame(agenda, Agenda.of(event));
        assertFalse(agenda == Agenda.of(event())); // an equal event is another instance
        assertThrows(UnsupportedOperationException.class, () -> agenda.items().clear());
        assertThrows(UnsupportedOperationException.class, () -> agenda.itemsByTrack().clear());
        assertThrows(UnsupportedOperationException.class, () -> agenda.participations().clear());
        assertThrows(NullPointerException.class, () -> Agenda.of(null));
    }

    @Test
    void withoutClaimsEverythingIsStated() {
        Event event = event().withProvenance(Provenance.none());
        LocatedParticipation ada = Agenda.of(event).participations().get(0);
        assertEquals(Certainty.STATED, ada.affiliations().get(0).sector().orElseThrow().certainty());
    }
}
