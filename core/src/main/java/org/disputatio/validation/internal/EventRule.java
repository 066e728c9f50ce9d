package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.disputatio.model.Event;

/**
 * The shape of every event-level invariant: look at the whole event, report each problem at its
 * own property path. As a Bean Validation {@link ConstraintValidator} it reports to Hibernate
 * Validator, for users' own validators; {@code EventValidator} runs {@link #check} directly.
 * Implementations are stateless and thread-safe.
 */
public abstract class EventRule<A extends Annotation> implements ConstraintValidator<A, Event> {

    /** Receives the problems a rule finds. */
    public interface Sink {
        /**
         * Takes one problem.
         *
         * @param path where the problem is, from the validated object
         * @param key the message key below {@code org.disputatio.validation.constraints.},
         *     such as {@code TimesInOrder.endBeforeStart}
         * @param parameters alternating names and values, usable as {@code {name}} in the message
         */
        void add(PropertyPath path, String key, Object... parameters);
    }

    @Override
    public final boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null) {
            return true;
        }
        Violations violations = new Violations(context);
        check(event, violations);
        return violations.valid();
    }

    /**
     * Reports every problem of the event to the sink.
     *
     * @param event the event to check, not null
     * @param sink where each problem goes
     */
    public abstract void check(Event event, Sink sink);

    /** The message template for a key of a constraint: {@code {org.disputatio.validation.constraints.KEY}}. */
    static String message(String key) {
        return "{" + MESSAGE_PREFIX + key + "}";
    }

    /** The prefix of every Disputatio message key. */
    public static final String MESSAGE_PREFIX = "org.disputatio.validation.constraints.";
}
