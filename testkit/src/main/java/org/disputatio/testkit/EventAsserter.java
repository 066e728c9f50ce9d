package org.disputatio.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disputatio.model.Event;
import org.disputatio.testkit.internal.ProgrammeOrder;
import org.disputatio.testkit.internal.Words;
import org.disputatio.validation.BuiltInRules;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Finding;
import org.disputatio.validation.Rule;
import org.disputatio.validation.Severity;

/**
 * The assertions of {@link EventAssertions} in one language and with one list of rules: the
 * built-in rules and the rules of your own added by {@link #withRules(Rule...)}. Immutable and
 * thread-safe; make one per test class and share it.
 *
 * <pre>{@code
 * EventAsserter asserter = EventAssertions.inFrench().withRules(everyPanelHasAChair);
 * asserter.assertValid(event);
 * }</pre>
 *
 * <p>Every failure is an {@link AssertionError} whose message lists every finding with its
 * severity, path, rule and message, in programme order (the order of the places in the document:
 * {@code title} before {@code programme}, {@code days[2]} before {@code days[10]}), in this
 * asserter's language.
 */
public final class EventAsserter {

    private final EventValidator validator;
    private final Words words;

    EventAsserter(EventValidator validator) {
        this.validator = validator;
        this.words = Words.of(validator.locale());
    }

    /**
     * The language of the failure messages and of the findings' messages.
     *
     * @return English or French
     */
    public Locale locale() {
        return words.locale();
    }

    /**
     * The rules every assertion but {@link #assertSatisfies} runs, in order.
     *
     * @return the built-in rules, then the rules added, unmodifiable
     */
    public List<Rule> rules() {
        return validator.rules();
    }

    /**
     * This asserter with rules of your own, run after its rules by every assertion.
     *
     * @param rules the rules to add
     * @return a new asserter
     * @throws IllegalArgumentException if a rule's name is already taken, or a rule is null
     */
    public EventAsserter withRules(Rule... rules) {
        return new EventAsserter(validator.withRules(nonNull(rules)));
    }

    /**
     * This asserter without the rules of these names (for example
     * {@code without("complete-translations")} for a programme published in one language only).
     *
     * @param names rule names
     * @return a new asserter
     * @throws IllegalArgumentException if it has no rule of one of the names; the message lists the names it has
     */
    public EventAsserter without(String... names) {
        if (names == null || Arrays.asList(names).contains(null)) {
            throw new IllegalArgumentException("rule names must not be null");
        }
        return new EventAsserter(validator.without(names));
    }

    /**
     * Passes if the event has no error; warnings are allowed.
     *
     * @param event the event
     * @throws AssertionError listing every finding, errors and warnings, if any finding is an error
     */
    public void assertValid(Event event) {
        List<Finding> findings = findings(event, "assertValid");
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            throw new AssertionError(words.notValid(words.event(event.id()), counts(findings)) + "\n"
                    + words.lines(findings));
        }
    }

    /**
     * Passes if the event has no finding at all: no error and no warning.
     *
     * @param event the event
     * @throws AssertionError listing every finding, if there is one
     */
    public void assertNoWarnings(Event event) {
        List<Finding> findings = findings(event, "assertNoWarnings");
        if (!findings.isEmpty()) {
            throw new AssertionError(words.notClean(words.event(event.id()), counts(findings)) + "\n"
                    + words.lines(findings));
        }
    }

    /**
     * Passes if these rules, and only these, find nothing in the event: neither the built-in
     * rules nor this asserter's own are run, so that a test says exactly which invariants it
     * checks; a finding of either severity fails. Give a built-in rule as
     * {@link org.disputatio.validation.BuiltInRules#NO_DOUBLE_BOOKING}; to check your rules and
     * the built-in ones at once, use {@code withRules(yours).assertNoWarnings(event)}.
     *
     * @param event the event
     * @param rules the rules to check, at least one; a name may appear only once
     * @throws AssertionError listing every finding of these rules, if there is one
     * @throws IllegalArgumentException if no rule is given, a rule is null or two share a name
     */
    public void assertSatisfies(Event event, Rule... rules) {
        List<Rule> list = nonNull(rules);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("assertSatisfies needs at least one rule");
        }
        requireEvent(event, "assertSatisfies");
        Set<String> names = new LinkedHashSet<>();
        for (Rule rule : list) {
            names.add(rule.name());
        }
        EventValidator only = EventValidator.forLocale(locale())
                .without(BuiltInRules.all().stream().map(Rule::name).toArray(String[]::new))
                .withRules(list);
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : only.validate(event).findings()) {
            if (names.contains(finding.constraint())) {
                findings.add(finding);
            }
        }
        findings.sort(ProgrammeOrder.FINDINGS);
        if (!findings.isEmpty()) {
            throw new AssertionError(words.notSatisfied(words.event(event.id()), words.rules(List.copyOf(names)),
                    counts(findings)) + "\n" + words.lines(findings));
        }
    }

    /**
     * The findings of the event (the model's constraints and this asserter's rules), to assert
     * on: {@code assertFindings(event).containsExactly(finding("times-in-order", "programme.days[0].items[1].start"))}.
     *
     * @param event the event
     * @return the assertion over its findings
     * @throws AssertionError if the event is null
     */
    public FindingsAssertion assertFindings(Event event) {
        return new FindingsAssertion(event, findings(event, "assertFindings"), words);
    }

    /** Every finding of the event in programme order. */
    private List<Finding> findings(Event event, String assertion) {
        requireEvent(event, assertion);
        List<Finding> findings = new ArrayList<>(validator.validate(event).findings());
        findings.sort(ProgrammeOrder.FINDINGS);
        return List.copyOf(findings);
    }

    private static void requireEvent(Event event, String assertion) {
        if (event == null) {
            throw new AssertionError(assertion + ": expected an event, but it is null");
        }
    }

    private String counts(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return words.counts(errors, findings.size() - errors);
    }

    private static List<Rule> nonNull(Rule[] rules) {
        if (rules == null) {
            throw new IllegalArgumentException("rules must not be null");
        }
        List<Rule> list = Arrays.asList(rules);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException("rule " + (i + 1) + " of " + list.size() + " is null");
            }
        }
        return list;
    }
}
