package org.disputatio.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.disputatio.model.Event;

/**
 * The shape of every event-level invariant: look at the whole event, report each problem at its
 * own property path. Implementations are stateless and thread-safe.
 */
abstract class EventRule<A extends Annotation> implements ConstraintValidator<A, Event> {

    @Override
    public final boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null) {
            return true;
        }
        Violations violations = new Violations(context);
        check(event, violations);
        return violations.valid();
    }

    abstract void check(Event event, Violations violations);

    /** The message template for a key of a constraint: {@code {org.disputatio.validation.constraints.KEY}}. */
    static String message(String key) {
        return "{org.disputatio.validation.constraints." + key + "}";
    }
}
