package org.disputatio.validation;

import jakarta.validation.Constraint;
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
import org.disputatio.validation.internal.ConstraintPlan;
import org.disputatio.validation.internal.EventRule;
import org.disputatio.validation.internal.Messages;
import org.disputatio.validation.internal.TextRule;

/**
 * The one entry point for checking an event: every Bean Validation constraint of the model and
 * every agenda invariant, reported all at once as a {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = EventValidator.english().validate(event);
 * report.assertValid();               // in a test: fails with the readable report
 * }</pre>
 *
 * <p>The constraints are ordinary Bean Validation annotations on the model, and any
 * {@code jakarta.validation.Validator} checks them. This class does not go through a provider,
 * though: it applies the same annotations by a direct walk of the event, planned once per model
 * type from those annotations, with the same messages, paths, constraint names and severities as
 * Hibernate Validator, several times faster and without bootstrapping a validator factory.
 * Messages are interpolated without an Expression Language implementation, so users need not put
 * one on their class path. Validators are cached per locale. Instances are immutable and
 * thread-safe.
 */
public final class EventValidator {

    /**
     * The plans of the event and of every part it cascades to, built when the first validator
     * is, so that a constraint the plan cannot apply fails there rather than in some validation.
     */
    private static final class Plans {
        static final ConstraintPlan EVENT = plan();

        private static ConstraintPlan plan() {
            ConstraintPlan.prepare(Event.class);
            return ConstraintPlan.of(Event.class);
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
    private final Messages messages;

    private EventValidator(Locale locale) {
        this.locale = locale;
        this.messages = new Messages(locale);
        Objects.requireNonNull(Plans.EVENT);
    }

    /**
     * A validator whose messages are in English, whatever the JVM's default locale.
     *
     * @return the shared English validator
     */
    public static EventValidator english() {
        return forLocale(Locale.ENGLISH);
    }

    /**
     * A validator whose messages are in this locale's language where Disputatio ships them
     * (English and French), else in English, whatever the JVM's default locale.
     *
     * @param locale the locale whose language the messages should be in ({@link Locale#FRENCH})
     * @return the shared validator for that locale, or the English one if Disputatio has no
     *     messages in its language
     * @throws NullPointerException if the locale is null
     */
    public static EventValidator forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        // Resource bundles would fall back to the JVM's default locale before the base bundle;
        // a language we have no messages for gets English instead, whatever the default.
        Locale supported = MESSAGE_LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return BY_LOCALE.computeIfAbsent(supported, EventValidator::new);
    }

    /**
     * The locale of this validator's messages.
     *
     * @return a locale whose language Disputatio ships messages in (English or French)
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Every finding on this event: the constraints of its parts, then the event-level invariants,
     * each run directly. The report orders them (see {@link ValidationReport}); findings that
     * tie there keep this order: the parts' constraints depth-first in field declaration order,
     * then the invariants in the order {@link Event} declares them, those about texts last.
     *
     * @param event the event to check, however incomplete
     * @return the report, in this validator's language; with no finding if the event is valid
     *     and complete
     * @throws NullPointerException if the event is null
     */
    public ValidationReport validate(Event event) {
        Objects.requireNonNull(event, "event");
        List<Finding> findings = new ArrayList<>();
        ConstraintPlan.validate(event, messages, findings);
        List<TextRule<?>> textRules = new ArrayList<>(2);
        List<EventRule.Sink> textSinks = new ArrayList<>(2);
        for (Invariant invariant : Invariants.ALL) {
            EventRule.Sink sink = (path, key, parameters) -> findings.add(new Finding(invariant.severity(),
                    path.toString(), messages.format(key, parameters), invariant.constraint()));
            if (invariant.rule() instanceof TextRule<?> textRule) {
                textRules.add(textRule);
                textSinks.add(sink);
            } else {
                invariant.rule().check(event, sink);
            }
        }
        TextRule.checkAll(event, textRules, textSinks); // one pass over the texts for all of them
        return ValidationReport.of(findings, locale);
    }
}
