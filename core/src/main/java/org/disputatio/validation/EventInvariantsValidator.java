package org.disputatio.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.disputatio.model.Event;
import org.disputatio.validation.constraints.EventInvariants;
import org.disputatio.validation.internal.Violations;

/**
 * Checks {@link EventInvariants} for a Bean Validation provider: runs
 * {@link BuiltInRules#all()} and reports each finding as a violation at its path, with the
 * rule's message and the {@link Rule} as its dynamic payload. Registered as a
 * {@code jakarta.validation.ConstraintValidator} service; you never need to name it.
 */
public final class EventInvariantsValidator implements ConstraintValidator<EventInvariants, Event> {

    /** Made by the provider, through the service registration. */
    public EventInvariantsValidator() {
    }

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null) {
            return true;
        }
        boolean valid = true;
        for (Rule rule : BuiltInRules.all()) {
            Violations violations = new Violations(context, rule);
            ((BuiltInRule) rule).rule().check(event, violations);
            valid &= violations.valid();
        }
        return valid;
    }
}
