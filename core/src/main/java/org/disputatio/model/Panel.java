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
 * @param label the number or label printed after "Panel" ({@code "2"}), if any
 * @param title the panel's title ("Réponse aux attaques informatiques : qui peut faire quoi ?")
 * @param description the question or description the panel addresses
 */
public record Panel(
        @NotBlank String id,
        Optional<String> label,
        Optional<LocalTime> start,
        Optional<LocalTime> end,
        LocalizedText title,
        LocalizedText description,
        List<@Valid Participation> participants) implements AgendaItem {

    public Panel {
        Checks.present(label, "label");
        Checks.present(start, "start");
        Checks.present(end, "end");
        Checks.present(title, "title");
        Checks.present(description, "description");
        participants = Checks.copy(participants, "participants");
    }

    @Override
    public AgendaItemKind kind() {
        return AgendaItemKind.PANEL;
    }

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

        /** The number or label printed after "Panel". */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        @Override
        public Panel build() {
            return new Panel(id, Optional.ofNullable(label), startTime(), endTime(), title, description, participants);
        }
    }
}
