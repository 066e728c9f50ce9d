package org.disputatio.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the builders of {@link Session} and {@link Panel} share: times, texts and participants.
 * Not thread-safe; the items it builds are.
 *
 * @param <B> the concrete builder, returned by every setter so that calls chain
 * @param <T> the item built
 */
public abstract class AgendaItemBuilder<B extends AgendaItemBuilder<B, T>, T extends AgendaItem> {
    final String id;
    LocalTime start;
    LocalTime end;
    LocalizedText title = LocalizedText.empty();
    LocalizedText description = LocalizedText.empty();
    final List<Participation> participants = new ArrayList<>();

    AgendaItemBuilder(String id) {
        this.id = id;
    }

    abstract B self();

    /** The item. */
    public abstract T build();

    public B start(LocalTime start) {
        this.start = start;
        return self();
    }

    public B end(LocalTime end) {
        this.end = end;
        return self();
    }

    public B title(LocalizedText title) {
        this.title = title;
        return self();
    }

    public B description(LocalizedText description) {
        this.description = description;
        return self();
    }

    /** Adds a participant, after those already added: printed order is kept. */
    public B participant(String personId, Role role) {
        return participant(Participation.of(personId, role));
    }

    public B participant(Participation participation) {
        participants.add(participation);
        return self();
    }

    Optional<LocalTime> startTime() {
        return Optional.ofNullable(start);
    }

    Optional<LocalTime> endTime() {
        return Optional.ofNullable(end);
    }
}
