package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalTime;
import java.util.ArrayList;
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
    public static final class Builder {
        private final String id;
        private String label;
        private LocalTime start;
        private LocalTime end;
        private LocalizedText title = LocalizedText.empty();
        private LocalizedText description = LocalizedText.empty();
        private final List<Participation> participants = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder start(LocalTime start) {
            this.start = start;
            return this;
        }

        public Builder end(LocalTime end) {
            this.end = end;
            return this;
        }

        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        public Builder participant(String personId, Role role) {
            return participant(Participation.of(personId, role));
        }

        public Builder participant(Participation participation) {
            participants.add(participation);
            return this;
        }

        public Panel build() {
            return new Panel(id, Optional.ofNullable(label), Optional.ofNullable(start), Optional.ofNullable(end), title,
                    description, participants);
        }
    }
}
