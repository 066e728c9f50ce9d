package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.disputatio.model.Certainty;
import org.disputatio.model.Event;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.navigation.Agenda;
import org.disputatio.model.navigation.ItemPair;
import org.disputatio.model.navigation.LocatedItem;
import org.disputatio.model.navigation.LocatedParticipation;
import org.disputatio.model.navigation.Origin;
import org.disputatio.model.navigation.Resolved;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Finding;
import org.disputatio.validation.OptInRules;
import org.disputatio.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** Core's navigation and opt-in rules on the two real sources, checked against what the examples hold. */
class AgendaOnExamplesTest {

    private static final LocalDate DAY_1 = LocalDate.of(2017, 4, 6);
    private static final LocalDate DAY_2 = LocalDate.of(2017, 4, 7);

    @Test
    void unescoItemsWithTheirPathsAndDays() {
        Agenda agenda = Agenda.of(UnescoConference2017.event());
        assertEquals(List.of(
                "programme.days[0].items[0] day1-opening 2017-04-06",
                "programme.days[0].items[1] panel-1 2017-04-06",
                "programme.days[0].items[2] day1-lunch 2017-04-06",
                "programme.days[0].items[3] day1-afternoon-opening 2017-04-06",
                "programme.days[0].items[4] panel-2 2017-04-06",
                "programme.days[0].items[5] day1-end 2017-04-06",
                "programme.days[1].items[0] day2-opening 2017-04-07",
                "programme.days[1].items[1] panel-3 2017-04-07",
                "programme.days[1].items[2] dialogue-role-of-states 2017-04-07",
                "programme.days[1].items[3] conclusion 2017-04-07"),
                agenda.items().stream().map(i -> i.path() + " " + i.id() + " " + i.date().orElseThrow()).toList());
        assertEquals(List.of("panel-1", "panel-2", "panel-3"), agenda.panels().stream().map(LocatedItem::id).toList());
        assertEquals(List.of(), agenda.unscheduled());
        assertEquals(DAY_2, agenda.item("conclusion").orElseThrow().date().orElseThrow());
        // no tracks and no nesting: each item and the next, within a day
        assertEquals(List.of("day1-opening -> panel-1", "panel-1 -> day1-lunch", "day1-lunch -> day1-afternoon-opening",
                "day1-afternoon-opening -> panel-2", "panel-2 -> day1-end", "day2-opening -> panel-3",
                "panel-3 -> dialogue-role-of-states", "dialogue-role-of-states -> conclusion"),
                agenda.consecutivePairs().stream().map(ItemPair::toString).toList());
        assertEquals(List.of(), List.copyOf(agenda.itemsByTrack().keySet()));
    }

    @Test
    void unescoParticipationsResolved() {
        Event unesco = UnescoConference2017.event();
        Agenda agenda = Agenda.of(unesco);
        assertEquals(unesco.programme().items().mapToInt(i -> i.participants().size()).sum(),
                agenda.participations().size());
        // Louis Gautier opens day 1 and concludes day 2: one person, two participations
        assertEquals(List.of("programme.days[0].items[0].participants[1]",
                "programme.days[1].items[3].participants[0]"),
                agenda.participationsOf(UnescoConference2017.GAUTIER).stream().map(LocatedParticipation::path).toList());
        // Théodore Christakis frames panel 2 and discusses panel 3
        List<LocatedParticipation> christakis = agenda.participationsOf(UnescoConference2017.CHRISTAKIS);
        assertEquals(List.of("panel-2 inventio", "panel-3 disputatio"),
                christakis.stream().map(p -> p.item().id() + " " + p.roleCode()).toList());
        assertEquals(Roles.INVENTIO, christakis.get(0).role().orElseThrow());
        // every sector of the programme is the encoder's classification: inferred
        for (LocatedParticipation participation : agenda.participations()) {
            participation.affiliations().forEach(a -> a.sector().ifPresent(
                    sector -> assertEquals(Certainty.INFERRED, sector.certainty(), participation + " " + a.path())));
        }
        // Qi Xiaoxia's country is CAC's, which is inferred from its name
        LocatedParticipation qi = agenda.participationsOf(UnescoConference2017.QI).get(0);
        Resolved<String> country = qi.effectiveCountry().orElseThrow();
        assertEquals("CN", country.value());
        assertEquals(Origin.ORGANISATION, country.origin());
        assertEquals(Certainty.INFERRED, country.certainty());
        assertEquals(List.of(Sector.GOVERNMENT), qi.sectors());
        assertEquals(List.of("cac"), qi.organisations().stream().map(o -> o.id()).toList());
    }

    @Test
    void saintCyrHasOneDayAndNoItem() {
        Event saintCyr = SaintCyrSymposium2014.event();
        Agenda agenda = Agenda.of(saintCyr);
        assertEquals(1, saintCyr.programme().days().size());
        assertEquals(List.of(), agenda.itemsOfDay(0));
        assertEquals(List.of(), agenda.items());
        assertEquals(List.of(), agenda.participations());
        assertEquals(List.of(), agenda.consecutivePairs());
    }

    @Test
    void unescoFollowsTheRhetoricalCanonsAndGivesEveryoneABreak() {
        Event unesco = UnescoConference2017.event();
        ValidationReport report = EventValidator.english().withRules(
                OptInRules.panelsHaveRoles(Set.of("inventio", "elocutio", "disputatio")),
                OptInRules.noPersonInConsecutiveItems(),
                OptInRules.maxItemsPerPersonPerDay(1),
                OptInRules.panelsHaveSector(Sector.ACADEMIA)).validate(unesco);
        assertEquals(List.of(), report.errors());
        // panels 1 and 2 have no one from civil society (panel 3 has): each reported at its own path
        List<Finding> civil = EventValidator.english().withRules(OptInRules.panelsHaveSector(Sector.CIVIL_SOCIETY))
                .validate(unesco).errors();
        assertEquals(List.of("programme.days[0].items[1]", "programme.days[0].items[4]"),
                civil.stream().map(Finding::path).toList());
        assertTrue(civil.stream().allMatch(f -> f.constraint().equals("panels-have-sector")));
        assertEquals(civil.stream().map(Finding::path).toList(), Agenda.of(unesco).panels().stream()
                .filter(p -> p.participations().stream().noneMatch(x -> x.sectors().contains(Sector.CIVIL_SOCIETY)))
                .map(LocatedItem::path).toList());
    }
}
