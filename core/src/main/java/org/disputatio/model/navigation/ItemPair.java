package org.disputatio.model.navigation;

import java.util.Objects;

/**
 * Two consecutive agenda items of a day, as {@link Agenda#consecutivePairs()} defines them: the
 * second follows the first with nothing in between that a person attending both would attend.
 *
 * @param first the earlier item
 * @param second the item that follows it
 */
public record ItemPair(LocatedItem first, LocatedItem second) {

    /**
     * Refuses a null item.
     *
     * @param first the earlier item
     * @param second the item that follows it
     * @throws NullPointerException if an item is null
     */
    public ItemPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    @Override
    public String toString() {
        return first.id() + " -> " + second.id();
    }
}
