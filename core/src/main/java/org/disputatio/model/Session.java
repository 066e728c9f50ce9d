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
            return new Session(id, kind, startTime(), endTime(), title, description, participants);
        }
    }
}
