package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Certainty;
import org.disputatio.model.Event;
import org.disputatio.model.ItemCondition;
import org.disputatio.model.NameOrder;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.PersonName;
import org.disputatio.model.Sector;
import org.disputatio.model.Vocabulary;
import org.disputatio.validation.EventValidator;
import org.junit.jupiter.api.Test;

/**
 * The fictional forum is valid and holds every concept real programmes print: if a concept
 * disappears from it, the example no longer tests the model, and this test says which one.
 */
class HalvardForum2031Test {

    private final Event event = HalvardForum2031.event();

    private List<AgendaItem> items() {
        return event.programme().items().toList();
    }

    @Test
    void validatesWithNoErrorAndNoWarning() {
        assertEquals(List.of(), EventValidator.english().validate(event).findings().stream()
                .map(Object::toString).toList());
    }

    @Test
    void nestsAKeynoteAndAPanelInABlockChairedThroughout() {
        AgendaItem block = items().stream().filter(item -> item.id().equals("opening-block")).findFirst().orElseThrow();
        assertEquals(List.of("keynote-1", "panel-1"), block.items().stream().map(AgendaItem::id).toList());
        String chair = block.participants().get(0).person();
        assertTrue(block.items().get(1).participants().stream().anyMatch(p -> p.person().equals(chair)),
                "the block's chair also chairs its panel: one appearance, not a double booking");
    }

    @Test
    void runsItemsInParallelTracksAndRooms() {
        AgendaItem law = item("panel-2");
        AgendaItem tech = item("workshop-incident");
        assertEquals(law.start(), tech.start());
        assertFalse(law.track().equals(tech.track()));
        assertFalse(law.rooms().equals(tech.rooms()));
        assertEquals(2, event.programme().tracks().size());
    }

    @Test
    void announcesItemsWithSpeakersButNoDayYet() {
        assertEquals(2, event.programme().unscheduled().size());
        assertTrue(event.programme().unscheduled().stream().allMatch(item -> !item.participants().isEmpty()
                && !item.title().isEmpty() && item.start().isEmpty()));
        assertTrue(event.provenance().notes().stream().anyMatch(note -> note.kind() == NoteKind.INCOMPLETE_SOURCE));
    }

    @Test
    void keepsContributionsAndHeadingsApartFromItemTitles() {
        assertTrue(items().stream().flatMap(item -> item.participants().stream())
                .anyMatch(p -> !p.title().isEmpty() && !p.description().isEmpty()));
        assertTrue(items().stream().anyMatch(item -> !item.heading().isEmpty() && !item.title().isEmpty()));
    }

    @Test
    void usesEveryNewItemKindEveryConditionAndAKindOfItsOwn() {
        Set<AgendaItemKind> kinds = items().stream().map(AgendaItem::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(List.of(AgendaItemKind.REGISTRATION, AgendaItemKind.RECEPTION,
                AgendaItemKind.SOCIAL_DINNER, AgendaItemKind.NETWORKING, AgendaItemKind.WORKSHOP,
                AgendaItemKind.EXHIBITION)), kinds::toString);
        assertTrue(kinds.stream().anyMatch(kind -> Vocabulary.ITEM_KIND.builtIn(kind.code()).isEmpty()
                && event.definition(Vocabulary.ITEM_KIND, kind.code()).isPresent()));
        Set<ItemCondition> conditions = EnumSet.noneOf(ItemCondition.class);
        items().forEach(item -> conditions.addAll(item.conditions()));
        assertEquals(EnumSet.allOf(ItemCondition.class), conditions);
    }

    @Test
    void printsNamesAsPrintedWithTheirPartsStatedInferredOrUnknown() {
        List<PersonName> names = event.people().stream().map(person -> person.name()).toList();
        assertTrue(names.stream().anyMatch(name -> !name.hasParts() && !name.printed().contains(" ")), "a mononym");
        assertTrue(names.stream().anyMatch(name -> !name.hasParts() && name.printed().contains(" ")),
                "a name whose split is unknown");
        assertTrue(names.stream().anyMatch(name -> name.hasParts() && name.parts() == Certainty.INFERRED));
        assertTrue(names.stream().anyMatch(name -> name.hasParts() && name.parts() == Certainty.STATED));
        assertTrue(names.stream().anyMatch(name -> name.order() == NameOrder.FAMILY_FIRST));
    }

    @Test
    void classifiesOrganisationsInTheNewSectorsAndOneOfItsOwn() {
        Set<Sector> sectors = event.organisations().stream().flatMap(o -> o.sector().stream())
                .collect(Collectors.toSet());
        assertTrue(sectors.containsAll(List.of(Sector.THINK_TANK, Sector.TECHNICAL_COMMUNITY, Sector.MEDIA,
                Sector.STANDARDS_BODY)), sectors::toString);
        assertTrue(sectors.stream().anyMatch(sector -> Vocabulary.SECTOR.builtIn(sector.code()).isEmpty()
                && event.definition(Vocabulary.SECTOR, sector.code()).isPresent()));
    }

    @Test
    void nestsOrganisationsThreeDeepAndGivesCitiesAndUnits() {
        Organisation programme = event.organisation(HalvardForum2031.PROGRAMME).orElseThrow();
        Organisation institute = event.organisation(programme.parent().orElseThrow()).orElseThrow();
        assertTrue(institute.parent().flatMap(event::organisation).isPresent(), "a programme in an institute in a university");
        assertTrue(event.organisations().stream().anyMatch(o -> o.locality().isPresent()));
        assertTrue(event.people().stream().flatMap(p -> p.affiliations().stream()).anyMatch(a -> !a.unit().isEmpty()));
    }

    @Test
    void addressesProvenanceByIdAndRegistersNothingUnused() {
        assertTrue(event.provenance().claims().stream().allMatch(claim -> claim.path().matches("[a-z]+\\[[a-z].*")),
                "claims name what they are about by id");
        assertTrue(event.provenance().notes().stream().anyMatch(note -> note.path() != null && note.path().startsWith("items[")));
    }

    private AgendaItem item(String id) {
        return items().stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }
}
