package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Any agenda item that is not a {@link Panel}: opening, break, address, keynote, dialogue,
 * conclusion, end of day.
 *
 * @param id unique among the items of the event
 * @param kind what kind of item this is; never {@link AgendaItemKind#PANEL}
 * @param start when the item starts, if printed
 * @param end when the item ends, if printed
 * @param heading the heading printed over it ("Keynote address") apart from its title, possibly empty
 * @param title the heading as printed ("Ouverture - Opening"); empty for an unlabelled item
 * @param description what the item is about, possibly empty
 * @param participants who appears, each in a role, in printed order
 * @param rooms the ids of the venue's rooms where it takes place, as printed
 * @param track the id of the programme's track it belongs to, if any
 * @param conditions the conditions it is held under, as printed
 * @param items the items it contains, in printed order (any depth)
 */
public record Session(
        @NotBlank String id,
        @NotNull AgendaItemKind kind,
        Optional<LocalTime> start,
        Optional<LocalTime> end,
        LocalizedText heading,
        LocalizedText title,
        LocalizedText description,
        List<@Valid Participation> participants,
        List<String> rooms,
        Optional<String> track,
        List<ItemCondition> conditions,
        List<@Valid AgendaItem> items) implements AgendaItem {

    /**
     * Copies the participants, refuses a panel kind and checks that no part but the id and kind
     * is null.
     *
     * @param id the item's id; a blank one is reported by validation
     * @param kind the kind; null is reported by validation
     * @param start the start time, or empty
     * @param end the end time, or empty
     * @param heading the printed heading, possibly empty
     * @param title the heading, possibly empty
     * @param description the description, possibly empty
     * @param participants the participants, copied
     * @param rooms the room ids, copied
     * @param track the track id, or empty
     * @param conditions the conditions, copied
     * @param items the child items, copied
     * @throws IllegalArgumentException if the kind is {@link AgendaItemKind#PANEL}: use {@link Panel}
     * @throws NullPointerException if a part other than the id and kind, or a participant, is null
     */
    public Session {
        if (AgendaItemKind.PANEL.equals(kind)) {
            throw new IllegalArgumentException("a panel is a Panel, not a Session");
        }
        Checks.present(start, "start");
        Checks.present(end, "end");
        Checks.present(heading, "heading");
        Checks.present(title, "title");
        Checks.present(description, "description");
        participants = Checks.copy(participants, "participants");
        rooms = Checks.copy(rooms, "rooms");
        Checks.present(track, "track");
        conditions = Checks.copy(conditions, "conditions");
        items = Checks.copy(items, "items");
    }

    /**
     * A session in no room or track, as before items named them.
     *
     * @param id the item's id
     * @param kind the kind
     * @param start the start time, or empty
     * @param end the end time, or empty
     * @param title the heading, possibly empty
     * @param description the description, possibly empty
     * @param participants the participants, copied
     */
    public Session(String id, AgendaItemKind kind, Optional<LocalTime> start, Optional<LocalTime> end,
            LocalizedText title, LocalizedText description, List<Participation> participants) {
        this(id, kind, start, end, title, description, participants, List.of(), Optional.empty(), List.of());
    }

    /**
     * A session with no heading apart from its title and no child items, as before items had them.
     *
     * @param id the item's id
     * @param kind the kind
     * @param start the start time, or empty
     * @param end the end time, or empty
     * @param title the title, possibly empty
     * @param description the description, possibly empty
     * @param participants the participants, copied
     * @param rooms the room ids, copied
     * @param track the track id, or empty
     * @param conditions the conditions, copied
     */
    public Session(String id, AgendaItemKind kind, Optional<LocalTime> start, Optional<LocalTime> end,
            LocalizedText title, LocalizedText description, List<Participation> participants, List<String> rooms,
            Optional<String> track, List<ItemCondition> conditions) {
        this(id, kind, start, end, LocalizedText.empty(), title, description, participants, rooms, track, conditions,
                List.of());
    }

    /**
     * A builder for a session with this id and kind.
     *
     * @param id the item's id, unique among the event's items
     * @param kind the kind; {@link AgendaItemKind#PANEL} is refused by {@link Builder#build()}
     * @return a new builder with no times, texts or participants
     */
    public static Builder builder(String id, AgendaItemKind kind) {
        return new Builder(id, kind);
    }

    /** Builds a {@link Session}. */
    public static final class Builder extends AgendaItemBuilder<Builder, Session> {
        private final AgendaItemKind kind;

        private Builder(String id, AgendaItemKind kind) {
            super(id);
            this.kind = kind;
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public Session build() {
            return new Session(id, kind, startTime(), endTime(), heading, title, description, participants,
                    roomIds(), trackId(), conditionList(), childItems());
        }
    }
}
