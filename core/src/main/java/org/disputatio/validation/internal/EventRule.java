package org.disputatio.validation.internal;

import org.disputatio.model.Event;

/**
 * The shape of every built-in rule: look at the whole event, report each problem at its own
 * property path with a message key of the {@code ValidationMessages} bundles, so that whoever
 * runs it words the message in its language and builds the path only when there is a finding.
 * {@link Invariants} gives each its name and severity. Implementations are stateless and
 * thread-safe.
 */
public abstract class EventRule {

    /** Receives the problems a rule finds, as keys and parameters rather than worded messages. */
    public interface Sink {
        /**
         * Adds a problem.
         *
         * @param path where the problem is
         * @param key the message key below {@link #MESSAGE_PREFIX}, such as
         *     {@code TimesInOrder.endBeforeStart}
         * @param parameters alternating names and values, usable as {@code {name}} in the message
         */
        void add(PropertyPath path, String key, Object... parameters);
    }

    /** The prefix of every Disputatio message key. */
    public static final String MESSAGE_PREFIX = "org.disputatio.validation.constraints.";

    /**
     * Reports every problem of the event to the sink.
     *
     * @param event the event, never null
     * @param sink where the problems go
     */
    public abstract void check(Event event, Sink sink);

    /** The message template for a key: {@code {org.disputatio.validation.constraints.KEY}}. */
    static String message(String key) {
        return "{" + MESSAGE_PREFIX + key + "}";
    }
}
