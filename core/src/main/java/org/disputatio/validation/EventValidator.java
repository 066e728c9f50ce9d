package org.disputatio.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.disputatio.model.Event;
import org.disputatio.validation.constraints.Warning;
import org.disputatio.validation.internal.LocalizingInterpolator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one entry point for checking an event: every Bean Validation constraint of the model and
 * every agenda invariant, reported all at once as a {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = EventValidator.english().validate(event);
 * report.assertValid();               // in a test: fails with the readable report
 * }</pre>
 *
 * <p>Messages are interpolated without an Expression Language implementation, so users need not
 * put one on their class path. The underlying {@link ValidatorFactory} is built once per JVM and
 * shared; validators are cached per locale. Instances are immutable and thread-safe.
 */
public final class EventValidator {

    /** Built on first use, then shared: building a factory costs far more than a validation. */
    private static final class SharedFactory {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /** The languages of the ValidationMessages bundles that ship with Disputatio. */
    private static final Set<String> MESSAGE_LANGUAGES = Set.of("en", "fr");

    private static final ConcurrentMap<Locale, EventValidator> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Validator validator;

    private EventValidator(Locale locale) {
        this.locale = locale;
        ValidatorFactory factory = SharedFactory.FACTORY;
        this.validator = factory.usingContext()
                .messageInterpolator(new LocalizingInterpolator(factory.getMessageInterpolator(), locale))
                .getValidator();
    }

    /** A validator whose messages are in English, whatever the JVM's default locale. */
    public static EventValidator english() {
        return forLocale(Locale.ENGLISH);
    }

    /**
     * A validator whose messages are in this locale's language where Disputatio ships them
     * (English and French), else in English, whatever the JVM's default locale.
     */
    public static EventValidator forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        // Resource bundles would fall back to the JVM's default locale before the base bundle;
        // a language we have no messages for gets English instead, whatever the default.
        Locale supported = MESSAGE_LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return BY_LOCALE.computeIfAbsent(supported, EventValidator::new);
    }

    public Locale locale() {
        return locale;
    }

    /** Every finding on this event. */
    public ValidationReport validate(Event event) {
        Objects.requireNonNull(event, "event");
        Set<ConstraintViolation<Event>> violations = validator.validate(event);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<Event> violation : violations) {
            findings.add(toFinding(violation));
        }
        return ValidationReport.of(findings, locale);
    }

    private static Finding toFinding(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        Severity severity = descriptor.getPayload().contains(Warning.class) ? Severity.WARNING : Severity.ERROR;
        String path = violation.getPropertyPath().toString();
        // Hibernate Validator names elements of a container (List<@Valid X>, Optional<@C String>)
        // with a trailing "<list element>" or similar node; keep the index, drop the label.
        path = path.replaceAll("\\.?<[a-z ]+>", "");
        return new Finding(severity, path, violation.getMessage(),
                descriptor.getAnnotation().annotationType().getSimpleName());
    }
}
