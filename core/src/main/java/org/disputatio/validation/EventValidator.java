package org.disputatio.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.disputatio.model.Event;
import org.disputatio.validation.internal.ConstraintPlan;
import org.disputatio.validation.internal.EventRule;
import org.disputatio.validation.internal.Messages;
import org.disputatio.validation.internal.PropertyPath;
import org.disputatio.validation.internal.TextRule;

/**
 * The one entry point for checking an event: every Bean Validation constraint of the model, then
 * every {@link Rule} of its list, reported all at once as a {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = EventValidator.english().validate(event);
 * report.assertValid();               // in a test: fails with the readable report
 * }</pre>
 *
 * <p>The rule list starts as {@link BuiltInRules#all()}; {@link #withRules(Rule...)} adds rules of
 * your own and {@link #without(String...)} switches rules off by name, each giving a new
 * validator.
 *
 * <p>A report keeps at most {@link #maxFindings()} findings ({@value #DEFAULT_MAX_FINDINGS}
 * unless {@link #withMaxFindings(int)} says otherwise), so that a hostile or broken document
 * (a million double-booked items) cannot fill the heap with findings: the ones past the limit
 * are counted, not kept, and one last finding (constraint {@code max-findings}, at the event)
 * says how many errors and warnings were left out.
 *
 * <p>The constraints are ordinary Bean Validation annotations on the model, and any
 * {@code jakarta.validation.Validator} checks them. This class does not go through a provider,
 * though: it applies the same annotations by a direct walk of the event, planned once per model
 * type from those annotations, with the same messages, paths, constraint names and severities as
 * Hibernate Validator, several times faster and without bootstrapping a validator factory.
 * Messages are interpolated without an Expression Language implementation, so users need not put
 * one on their class path. Instances are immutable and thread-safe.
 */
public final class EventValidator {

    /** The plan of the event and of every part it cascades to, built with the first validator. */
    private static final class Plans {
        static final ConstraintPlan EVENT = plan();

        private static ConstraintPlan plan() {
            ConstraintPlan.prepare(Event.class);
            return ConstraintPlan.of(Event.class);
        }
    }

    /** The validators with the built-in rules, one per supported locale. */
    private static final ConcurrentMap<Locale, EventValidator> DEFAULTS = new ConcurrentHashMap<>();

    /** How many findings a report keeps unless {@link #withMaxFindings(int)} says otherwise. */
    public static final int DEFAULT_MAX_FINDINGS = 5_000;

    /** The constraint name of the finding that counts the findings past the limit. */
    public static final String MAX_FINDINGS = "max-findings";

    private final Messages messages;
    private final List<Rule> rules;
    private final int maxFindings;

    private EventValidator(Messages messages, List<Rule> rules, int maxFindings) {
        this.messages = messages;
        this.rules = List.copyOf(rules);
        this.maxFindings = maxFindings;
        Objects.requireNonNull(Plans.EVENT);
    }

    /**
     * A validator whose messages are in English, whatever the JVM's default locale, with the
     * built-in rules.
     *
     * @return the validator
     */
    public static EventValidator english() {
        return forLocale(Locale.ENGLISH);
    }

    /**
     * A validator whose messages are in this locale's language where Disputatio ships them
     * (English and French), else in English, whatever the JVM's default locale; with the
     * built-in rules.
     *
     * @param locale the language wanted
     * @return the validator
     */
    public static EventValidator forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Messages messages = Messages.of(locale);
        return DEFAULTS.computeIfAbsent(messages.locale(), l -> new EventValidator(messages, BuiltInRules.all(),
                DEFAULT_MAX_FINDINGS));
    }

    /**
     * The language of this validator's messages.
     *
     * @return English or French
     */
    public Locale locale() {
        return messages.locale();
    }

    /**
     * The rules this validator runs after the model's constraints, in order.
     *
     * @return the rules, an unmodifiable list
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * This validator with more rules, run after its own in the order given.
     *
     * @param more the rules to add
     * @return a new validator
     * @throws IllegalArgumentException if a rule's name is already taken
     */
    public EventValidator withRules(Rule... more) {
        return withRules(Arrays.asList(more));
    }

    /**
     * This validator with more rules, run after its own in the order given.
     *
     * @param more the rules to add
     * @return a new validator
     * @throws IllegalArgumentException if a rule's name is already taken
     */
    public EventValidator withRules(List<? extends Rule> more) {
        List<Rule> all = new ArrayList<>(rules);
        Set<String> names = names(rules);
        for (Rule rule : more) {
            Objects.requireNonNull(rule, "rule");
            String name = Rule.requireName(rule.name());
            Objects.requireNonNull(rule.severity(), () -> "the severity of rule " + name);
            if (!names.add(name)) {
                throw new IllegalArgumentException("there is already a rule named '" + name + "'");
            }
            all.add(rule);
        }
        return new EventValidator(messages, all, maxFindings);
    }

    /**
     * This validator without the rules of these names.
     *
     * @param names rule names, such as {@code complete-translations}
     * @return a new validator
     * @throws IllegalArgumentException if no rule of this validator has one of the names; the
     *     message lists the names it has
     */
    public EventValidator without(String... names) {
        Set<String> known = names(rules);
        Set<String> unwanted = new LinkedHashSet<>();
        for (String name : names) {
            Objects.requireNonNull(name, "name");
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no rule named '" + name + "'; the rules are: "
                        + String.join(", ", known));
            }
            unwanted.add(name);
        }
        List<Rule> kept = new ArrayList<>(rules);
        kept.removeIf(rule -> unwanted.contains(rule.name()));
        return new EventValidator(messages, kept, maxFindings);
    }

    /**
     * The most findings a report of this validator keeps; past it, findings are only counted, in
     * one last finding of constraint {@value #MAX_FINDINGS}.
     *
     * @return the limit, {@value #DEFAULT_MAX_FINDINGS} unless set
     */
    public int maxFindings() {
        return maxFindings;
    }

    /**
     * This validator keeping at most this many findings in a report: the findings past the limit,
     * in the order the rules find them, are counted instead of kept, and one more finding at the
     * event (constraint {@value #MAX_FINDINGS}; an error if any of them is one, else a warning)
     * says how many errors and warnings were left out. A finding left out costs no message and
     * no path.
     *
     * @param max the most findings to keep, at least 1
     * @return a new validator
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public EventValidator withMaxFindings(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxFindings must be at least 1, not " + max);
        }
        return new EventValidator(messages, rules, max);
    }

    private static Set<String> names(List<Rule> rules) {
        Set<String> names = new LinkedHashSet<>();
        for (Rule rule : rules) {
            names.add(rule.name());
        }
        return names;
    }

    /**
     * Every finding on this event: the constraints of its parts, then the rules in order. The
     * report orders them (see {@link ValidationReport}); findings that tie there keep this order:
     * the parts' constraints depth-first in field declaration order, then the rules in list
     * order, except that the built-in rules about texts share one pass over the texts, after the
     * others.
     *
     * @param event the event to check
     * @return the report, with every finding up to {@link #maxFindings()}, then one counting the rest
     * @throws RuleFailedException if a rule throws: the rule is named, its exception is the cause
     */
    public ValidationReport validate(Event event) {
        Objects.requireNonNull(event, "event");
        Findings findings = new Findings();
        ConstraintPlan.validate(event, messages, (warning, path, message, constraint) -> {
            Severity severity = warning ? Severity.WARNING : Severity.ERROR;
            if (!findings.dropped(severity)) {
                findings.kept.add(new Finding(severity, path, message, constraint));
            }
        });
        List<TextRule> textRules = new ArrayList<>(2);
        List<EventRule.Sink> textSinks = new ArrayList<>(2);
        for (Rule rule : rules) {
            RuleFindings sink = new RuleFindings(rule, findings);
            if (rule instanceof BuiltInRule builtIn && builtIn.rule() instanceof TextRule textRule) {
                textRules.add(textRule);
                textSinks.add(sink);
                continue;
            }
            try {
                rule.check(event, sink);
            } catch (RuntimeException e) {
                throw new RuleFailedException(rule, event, e);
            }
        }
        TextRule.checkAll(event, textRules, textSinks); // one pass over the texts for all of them
        return ValidationReport.of(findings.all(), messages.locale());
    }

    /** The findings kept, up to {@link #maxFindings}, and the count of the others. */
    private final class Findings {
        final List<Finding> kept = new ArrayList<>();
        private long droppedErrors;
        private long droppedWarnings;

        /** True, and the finding counted, if the list is full; false if the finding should be kept. */
        boolean dropped(Severity severity) {
            if (kept.size() < maxFindings) {
                return false;
            }
            if (severity == Severity.ERROR) {
                droppedErrors++;
            } else {
                droppedWarnings++;
            }
            return true;
        }

        List<Finding> all() {
            long dropped = droppedErrors + droppedWarnings;
            if (dropped > 0) {
                kept.add(new Finding(droppedErrors > 0 ? Severity.ERROR : Severity.WARNING, "",
                        messages.format("MaxFindings.message", "count", dropped, "max", maxFindings,
                                "errors", droppedErrors, "warnings", droppedWarnings), MAX_FINDINGS));
            }
            return kept;
        }
    }

    /** Where one rule's findings go, with the rule's name and severity. */
    private final class RuleFindings implements Rule.Findings, EventRule.Sink {
        private final Rule rule;
        private final Findings findings;

        RuleFindings(Rule rule, Findings findings) {
            this.rule = rule;
            this.findings = findings;
        }

        @Override
        public void add(String path, String message) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
            if (!findings.dropped(rule.severity())) {
                findings.kept.add(new Finding(rule.severity(), path, message, rule.name()));
            }
        }

        @Override
        public void add(PropertyPath path, String key, Object... parameters) {
            if (!findings.dropped(rule.severity())) { // past the limit, neither path nor message is made
                findings.kept.add(new Finding(rule.severity(), path.toString(), messages.format(key, parameters),
                        rule.name()));
            }
        }

        @Override
        public Locale locale() {
            return messages.locale();
        }
    }
}
