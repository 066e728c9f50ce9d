package org.disputatio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Items that contain items, and an item's heading apart from its title. */
class NestedItemsModelTest {

    private static final LocalizedText HEADING = LocalizedText.of("en", "Keynote address");
    private static final LocalizedText TITLE = LocalizedText.of("en", "Sovereignty in a connected world");

    @Test
    void buildersKeepChildrenInPrintedOrderAndTheHeadingApartFromTheTitle() {
        Session keynote = Session.builder("keynote", AgendaItemKind.KEYNOTE).heading(HEADING).title(TITLE).build();
        Panel panel = Panel.builder("panel").build();
        Session block = Session.builder("block", AgendaItemKind.OPENING).item(keynote).items(List.of(panel)).build();
        assertEquals(List.of(keynote, panel), block.items());
        assertEquals(HEADING, keynote.heading());
        assertEquals(TITLE, keynote.title());
        assertEquals(List.of("block", "keynote", "panel"), block.withDescendants().map(AgendaItem::id).toList());
        Panel outer = Panel.builder("outer").heading(HEADING).item(block).build();
        assertEquals(List.of("outer", "block", "keynote", "panel"), outer.withDescendants().map(AgendaItem::id).toList());
        assertEquals(HEADING, outer.heading());
    }

    @Test
    void theChildrenAreCopied() {
        List<AgendaItem> children = new ArrayList<>(List.of(Panel.builder("p").build()));
        Session block = new Session("block", AgendaItemKind.OPENING, Optional.empty(), Optional.empty(),
                LocalizedText.empty(), TITLE, LocalizedText.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                children);
        children.clear();
        assertEquals(1, block.items().size());
        assertThrows(UnsupportedOperationException.class, () -> block.items().clear());
    }

    @Test
    void aNullChildOrHeadingIsRefusedSayingWhich() {
        NullPointerException child = assertThrows(NullPointerException.class,
                () -> Session.builder("block", AgendaItemKind.OPENING).item(null).build());
        assertEquals("items[0] must not be null", child.getMessage());
        NullPointerException heading = assertThrows(NullPointerException.class,
                () -> Panel.builder("panel").heading(null).build());
        assertTrue(heading.getMessage().contains("heading"), heading.getMessage());
    }

    @Test
    void theConstructorsOfBeforeStillBuildItemsWithNoHeadingAndNoChildren() {
        Session session = new Session("s", AgendaItemKind.BREAK, Optional.of(LocalTime.NOON), Optional.empty(), TITLE,
                LocalizedText.empty(), List.of(), List.of("room"), Optional.of("track"), List.of());
        Panel panel = new Panel("p", Optional.of("1"), Optional.empty(), Optional.empty(), TITLE,
                LocalizedText.empty(), List.of());
        assertEquals(LocalizedText.empty(), session.heading());
        assertEquals(List.of(), session.items());
        assertEquals(LocalizedText.empty(), panel.heading());
        assertEquals(List.of(), panel.items());
    }
}
