package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A panel: a numbered or labelled discussion with a title, a question, and participants grouped
 * by role in printed order ({@link #participantsByRole()}).
 *
 * @param id unique among the items of the event
 * @param label the number or label printed after "Panel" ({@code "2"}), if any
 * @param start when the panel starts, if printed
 * @param end when the panel ends, if printed
 * @param heading the heading printed over it ("Keynote address") apart from its title, possibly empty
 * @param title the panel's title ("Réponse aux attaques informatiques : qui peut faire quoi ?")
 * @param description the question or description the panel addresses
 * @param participants who sits on the panel, each in a role, in printed order
 * @param rooms the ids of the venue's rooms where it takes place, as printed
 * @param track the id of the programme's track it belongs to, if any
 * @param conditions the conditions it is held under, as printed
 * @param items the items it contains, in printed order (any depth)
 */
public record Panel(
        @NotBlank String id,
        Optional<String> label,
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
     * Copies the participants and checks that no part but the id is null.
     *
     * @param id the panel's id; a blank one is reported by validation
     * @param label the label, or empty
     * @param start the start time, or empty
     * @param end the end time, or empty
     * @param heading the printed heading, possibly empty
     * @param title the title, possibly empty
     * @param description the question, possibly empty
     * @param participants the participants, copied
     * @param rooms the room ids, copied
     * @param track the track id, or empty
     * @param conditions the conditions, copied
     * @param items the child items, copied
     * @throws NullPointerException if a part other than the id, or a participant, is null
     */
    public Panel {
        Checks.present(label, "label");
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
     * A panel in no room or track, as before items named them.
     *
     * @param id the panel's id
     * @param label the label, or empty
     * @param start the start time, or empty
     * @param end the end time, or empty
     * @param title the title, possibly empty
     * @param description the question, possibly empty
     * @param participants the participants, copied
     */
    public Panel(String id, Optional<String> label, Optional<LocalTime> start, Optional<LocalTime> end,
            LocalizedText title, LocalizedText description, List<Participation> participants) {
        this(id, label, start, end, title, description, participants, List.of(), Optional.empty(), List.of());
    }

    /**
     * A panel with no heading apart from its title and no child items, as before items had them.
     *
     * @param id the panel's id
     * @param label the label, or empty
     * @param start the start time, or empty
     * @param end the end time, or empty
     * @param title the title, possibly empty
     * @param description the question, possibly empty
     * @param participants the participants, copied
     * @param rooms the room ids, copied
     * @param track the track id, or empty
     * @param conditions the conditions, copied
     */
    public Panel(String id, Optional<String> label, Optional<LocalTime> start, Optional<LocalTime> end,
            LocalizedText title, LocalizedText description, List<Participation> participants, List<String> rooms,
            Optional<String> track, List<ItemCondition> conditions) {
        this(id, label, start, end, LocalizedText.empty(), title, description, participants, rooms, track,
                conditions, List.of());
    }

    @Override
    public AgendaItemKind kind() {
        return AgendaItemKind.PANEL;
    }

    /**
     * A builder for a panel with this id.
     *
     * @param id the panel's id, unique among the event's items
     * @return a new builder with no label, times, texts or participants
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Panel}. */
    public static final class Builder extends AgendaItemBuilder<Builder, Panel> {
        private String label;

        private Builder(String id) {
            super(id);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * The number or label printed after "Panel".
         *
         * @param label the label ({@code "2"}), or null for none
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        @Override
        public Panel build() {
            return new Panel(id, Optional.ofNullable(label), startTime(), endTime(), heading, title, description,
                    participants, roomIds(), trackId(), conditionList(), childItems());
        }
    }
}
