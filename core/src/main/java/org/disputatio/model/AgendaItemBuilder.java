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
    LocalizedText heading = LocalizedText.empty();
    LocalizedText title = LocalizedText.empty();
    LocalizedText description = LocalizedText.empty();
    final List<Participation> participants = new ArrayList<>();
    final List<String> rooms = new ArrayList<>();
    final List<ItemCondition> conditions = new ArrayList<>();
    final List<AgendaItem> items = new ArrayList<>();
    String track;

    AgendaItemBuilder(String id) {
        this.id = id;
    }

    abstract B self();

    /**
     * The item.
     *
     * @return a new immutable item holding a copy of the participants collected
     * @throws NullPointerException if a text or participant was set to null
     */
    public abstract T build();

    /**
     * Sets the start time.
     *
     * @param start the start as printed, or null if the source gives none
     * @return this builder
     */
    public B start(LocalTime start) {
        this.start = start;
        return self();
    }

    /**
     * Sets the end time.
     *
     * @param end the end as printed, or null if the source gives none; never derive one
     * @return this builder
     */
    public B end(LocalTime end) {
        this.end = end;
        return self();
    }

    /**
     * Sets the heading printed over the item apart from its title ("Keynote address").
     *
     * @param heading the heading; {@link LocalizedText#empty()} for none, null is refused by
     *     {@link #build()}
     * @return this builder
     */
    public B heading(LocalizedText heading) {
        this.heading = heading;
        return self();
    }

    /**
     * Sets the title.
     *
     * @param title the title; {@link LocalizedText#empty()} for an unlabelled item, null is
     *     refused by {@link #build()}
     * @return this builder
     */
    public B title(LocalizedText title) {
        this.title = title;
        return self();
    }

    /**
     * Sets the description.
     *
     * @param description the description; {@link LocalizedText#empty()} for none, null is refused
     *     by {@link #build()}
     * @return this builder
     */
    public B description(LocalizedText description) {
        this.description = description;
        return self();
    }

    /**
     * Adds a participant, after those already added: printed order is kept.
     *
     * @param personId the id of a person registered on the event
     * @param role the role they play here; null is refused
     * @return this builder
     * @throws NullPointerException if the role is null
     */
    public B participant(String personId, Role role) {
        return participant(Participation.of(personId, role));
    }

    /**
     * Adds a room of the venue where the item takes place.
     *
     * @param roomId the id of one of the venue's rooms
     * @return this builder
     */
    public B room(String roomId) {
        rooms.add(roomId);
        return self();
    }

    /**
     * Adds a condition the item is held under (on the record, recorded, by invitation).
     *
     * @param condition the condition
     * @return this builder
     */
    public B condition(ItemCondition condition) {
        conditions.add(condition);
        return self();
    }

    /**
     * The programme's track the item belongs to.
     *
     * @param trackId the id of one of the programme's tracks, or null for none
     * @return this builder
     */
    public B track(String trackId) {
        this.track = trackId;
        return self();
    }

    /**
     * Adds an item this one contains, after those already added: printed order is kept.
     *
     * @param item the child item; null is refused by {@link #build()}
     * @return this builder
     */
    public B item(AgendaItem item) {
        items.add(item);
        return self();
    }

    /**
     * Adds items this one contains, after those already added, in the order given.
     *
     * @param children the child items; a null one is refused by {@link #build()}
     * @return this builder
     */
    public B items(List<? extends AgendaItem> children) {
        items.addAll(children);
        return self();
    }

    /**
     * Adds a participant, after those already added: printed order is kept.
     *
     * @param participation the person and role; null is refused by {@link #build()}
     * @return this builder
     */
    public B participant(Participation participation) {
        participants.add(participation);
        return self();
    }

    Optional<LocalTime> startTime() {
        return Optional.ofNullable(start);
    }

    /** The rooms added, copied. */
    List<String> roomIds() {
        return List.copyOf(rooms);
    }

    /** The child items added, in order; copied (and checked) by the item. */
    List<AgendaItem> childItems() {
        return new ArrayList<>(items);
    }

    /** The conditions added, copied. */
    List<ItemCondition> conditionList() {
        return List.copyOf(conditions);
    }

    Optional<String> trackId() {
        return Optional.ofNullable(track);
    }

    Optional<LocalTime> endTime() {
        return Optional.ofNullable(end);
    }
}
