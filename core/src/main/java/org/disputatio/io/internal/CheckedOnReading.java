package org.disputatio.io.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.disputatio.model.Event;

/**
 * The events a reader of this library has made whose every string it checked, while reading, as
 * the rule {@code writable-text} would: no character a format cannot hold
 * ({@link ValueSyntax#firstUnwritable}), no string longer than the writers write
 * ({@link ValueSyntax#MAX_WRITTEN_STRING}, {@link ValueSyntax#MAX_WRITTEN_TAG} for a language
 * tag). Validation need not scan those strings a second time: on a freshly read event that scan
 * is most of what validation costs, since it fetches every character from memory again.
 *
 * <p>The events are remembered by identity and weakly, so that remembering one neither keeps it
 * alive nor costs a deep hash; an event made from it (a builder, a copy with a new title) is
 * another event and is scanned. Not API: shared by the readers and the validator.
 */
public final class CheckedOnReading {

    private CheckedOnReading() {
    }

    /** An event, weakly, equal to another key of the same event while it lives. */
    private static final class Key extends WeakReference<Event> {
        private final int hash;

        Key(Event event, ReferenceQueue<Event> queue) {
            super(event, queue);
            this.hash = System.identityHashCode(event);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key) || key.hash != hash) {
                return false;
            }
            Event event = get();
            return event != null && event == key.get();
        }
    }

    private static final Set<Key> CHECKED = new HashSet<>();
    private static final ReferenceQueue<Event> COLLECTED = new ReferenceQueue<>();

    /**
     * Remembers that every string of this event was checked as it was read. Only a reader that
     * refused every unwritable character, and saw no string longer than the writers write, may
     * call this.
     *
     * @param event the event just read
     * @return the event
     */
    public static Event vouch(Event event) {
        Objects.requireNonNull(event, "event");
        synchronized (CHECKED) {
            expunge();
            CHECKED.add(new Key(event, COLLECTED));
        }
        return event;
    }

    /**
     * Whether a reader of this library vouched for every string of this very event.
     *
     * @param event the event
     * @return true if its strings need not be scanned again
     */
    public static boolean vouchedFor(Event event) {
        Key key = new Key(event, null);
        try {
            synchronized (CHECKED) {
                return CHECKED.contains(key);
            }
        } finally {
            key.clear();
        }
    }

    /** Forgets the events that have been collected. */
    private static void expunge() {
        for (Reference<? extends Event> gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
            CHECKED.remove(gone);
        }
    }
}
