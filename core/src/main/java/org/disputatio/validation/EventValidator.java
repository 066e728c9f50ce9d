package org.disputatio.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.disputatio.model.Event;
import org.disputatio.validation.constraints.Warning;
import org.disputatio.validation.internal.EventRule;
import org.disputatio.validation.internal.LocalizingInterpolator;
import org.disputatio.validation.internal.Messages;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
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

    /**
     * Built on first use, then shared: building a factory costs far more than a validation.
     * It ignores {@link Event}'s class-level constraints, which {@link #validate} runs itself.
     */
    private static final class SharedFactory {
        static final ValidatorFactory FACTORY = build();

        private static ValidatorFactory build() {
            HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
            ConstraintMapping mapping = configuration.createConstraintMapping();
            mapping.type(Event.class).ignoreAnnotations(true);
            return configuration.addMapping(mapping)
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        }
    }

    /**
     * The event-level invariants, from {@link Event}'s class-level constraint annotations: each
     * constraint's {@link EventRule}, its name, and its severity (from its payload).
     */
    private static final class Invariants {
        static final List<Invariant> ALL = discover();

        private static List<Invariant> discover() {
            List<Invariant> invariants = new ArrayList<>();
            for (Annotation annotation : Event.class.getAnnotations()) {
                Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
                if (constraint == null) {
                    continue;
                }
                for (Class<?> validator : constraint.validatedBy()) {
                    if (EventRule.class.isAssignableFrom(validator)) {
                        invariants.add(new Invariant(instantiate(validator),
                                annotation.annotationType().getSimpleName(), severity(annotation)));
                    }
                }
            }
            return List.copyOf(invariants);
        }

        private static EventRule<?> instantiate(Class<?> rule) {
            try {
                return (EventRule<?>) rule.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create the rule " + rule.getName(), e);
            }
        }

        private static Severity severity(Annotation constraint) {
            try {
                Object payload = constraint.annotationType().getMethod("payload").invoke(constraint);
                return Arrays.asList((Class<?>[]) payload).contains(Warning.class) ? Severity.WARNING : Severity.ERROR;
            } catch (ReflectiveOperationException e) {
                return Severity.ERROR;
            }
        }
    }

    /** One event-level rule as this validator runs it. */
    private record Invariant(EventRule<?> rule, String constraint, Severity severity) {
    }

    /** The languages of the ValidationMessages bundles that ship with Disputatio. */
    private static final Set<String> MESSAGE_LANGUAGES = Set.of("en", "fr");

    private static final ConcurrentMap<Locale, EventValidator> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Validator validator;
    private final Messages messages;

    private EventValidator(Locale locale) {
        this.locale = locale;
        this.messages = new Messages(locale);
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

    /**
     * Every finding on this event: the constraints of its parts through Bean Validation, and the
     * event-level invariants run directly. (Hibernate Validator collects violations in a hash set
     * in which paths that differ only in list indexes collide, so thousands of findings with one
     * message would take quadratic time; the invariants are where such numbers arise.)
     */
    public ValidationReport validate(Event event) {
        Objects.requireNonNull(event, "event");
        Set<ConstraintViolation<Event>> violations = validator.validate(event);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<Event> violation : violations) {
            findings.add(toFinding(violation));
        }
        for (Invariant invariant : Invariants.ALL) {
            invariant.rule().check(event, (path, key, parameters) -> findings.add(new Finding(invariant.severity(),
                    path.toString(), messages.format(key, parameters), invariant.constraint())));
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
