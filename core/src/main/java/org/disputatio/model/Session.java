package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any agenda item that is not a {@link Panel}: opening, break, address, keynote, dialogue,
 * conclusion, end of day.
 *
 * @param title the heading as printed ("Ouverture - Opening"); empty for an unlabelled item
 */
public record Session(
        @NotBlank String id,
        @NotNull AgendaItemKind kind,
        Optional<LocalTime> start,
        Optional<LocalTime> end,
        LocalizedText title,
        LocalizedText description,
        List<@Valid Participation> participants) implements AgendaItem {

    public Session {
        if (kind == AgendaItemKind.PANEL) {
            throw new IllegalArgumentException("a panel is a Panel, not a Session");
        }
        Checks.present(start, "start");
        Checks.present(end, "end");
        Checks.present(title, "title");
        Checks.present(description, "description");
        participants = Checks.copy(participants, "participants");
    }

    public static Builder builder(String id, AgendaItemKind kind) {
        return new Builder(id, kind);
    }

    /** Builds a {@link Session}. */
    public static final class Builder {
        private final String id;
        private final AgendaItemKind kind;
        private LocalTime start;
        private LocalTime end;
        private LocalizedText title = LocalizedText.empty();
        private LocalizedText description = LocalizedText.empty();
        private final List<Participation> participants = new ArrayList<>();

        private Builder(String id, AgendaItemKind kind) {
            this.id = id;
            this.kind = kind;
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

        public Session build() {
            return new Session(id, kind, Optional.ofNullable(start), Optional.ofNullable(end), title, description,
                    participants);
        }
    }
}
