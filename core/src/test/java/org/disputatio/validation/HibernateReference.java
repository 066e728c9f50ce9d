package org.disputatio.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disputatio.model.Event;
import org.disputatio.validation.constraints.Warning;
import org.disputatio.validation.internal.LocalizingInterpolator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What {@link EventValidator} reported when it ran Hibernate Validator: every constraint of the
 * model, invariants included, through a plain {@code jakarta.validation.Validator}, each violation
 * turned into a {@link Finding} as it used to be. The reference the direct walk must match.
 */
final class HibernateReference {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private HibernateReference() {
    }

    static List<Finding> findings(Event event, Locale locale) {
        Validator validator = FACTORY.usingContext()
                .messageInterpolator(new LocalizingInterpolator(FACTORY.getMessageInterpolator(), locale))
                .getValidator();
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Event> violation : validator.validate(event)) {
            findings.add(toFinding(violation));
        }
        return findings;
    }

    private static Finding toFinding(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        Severity severity = descriptor.getPayload().contains(Warning.class) ? Severity.WARNING : Severity.ERROR;
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        // The event's rules run as one constraint; each violation carries the rule that found it.
        Rule rule = ((HibernateConstraintViolation<?>) violation.unwrap(HibernateConstraintViolation.class))
                .getDynamicPayload(Rule.class);
        if (rule != null) {
            severity = rule.severity();
            constraint = rule.name();
        }
        // Hibernate Validator names elements of a container (List<@Valid X>, Optional<@C String>)
        // with a trailing "<list element>" or similar node; keep the index, drop the label.
        String path = violation.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
        return new Finding(severity, path, violation.getMessage(), constraint);
    }
}
