package org.disputatio.testkit;

import java.util.Locale;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Rule;

/**
 * Assertions over events for tests of any framework (JUnit 5, TestNG, plain Java): each failure
 * is a plain {@link AssertionError}, and nothing else is needed on the class path.
 *
 * <pre>{@code
 * import static org.disputatio.testkit.EventAssertions.*;
 *
 * assertValid(event);                                  // no error (warnings allowed)
 * assertNoWarnings(event);                             // no finding at all
 * assertSatisfies(event, everyPanelHasAChair);         // these rules only find nothing
 * assertFindings(event).containsExactly(finding("times-in-order", "programme.days[0].items[1].start"));
 * inFrench().assertValid(event);                       // the same, with messages in French
 * }</pre>
 *
 * <p>The static assertions speak English and run the built-in rules
 * ({@link org.disputatio.validation.BuiltInRules#all()}); {@link #inFrench()}, {@link #in(Locale)}
 * and {@link #withRules(Rule...)} give an {@link EventAsserter} with another language or more
 * rules. A failure message lists every finding, with its severity, property path, rule and
 * message, in programme order (the order of the places in the document, {@code days[2]} before
 * {@code days[10]}):
 *
 * <pre>
 * expected event "forum" to be valid, but it has 1 error and 1 warning:
 *   WARNING title (complete-translations): missing translation: fr
 *   ERROR   programme.days[0].items[1].start (times-in-order): ...
 * </pre>
 */
public final class EventAssertions {

    private static final EventAsserter ENGLISH = new EventAsserter(EventValidator.english());

    private EventAssertions() {
    }

    /**
     * Passes if the event has no error; warnings are allowed.
     *
     * @param event the event
     * @throws AssertionError listing every finding, if any is an error
     */
    public static void assertValid(Event event) {
        ENGLISH.assertValid(event);
    }

    /**
     * Passes if the event has no finding at all: no error and no warning.
     *
     * @param event the event
     * @throws AssertionError listing every finding, if there is one
     */
    public static void assertNoWarnings(Event event) {
        ENGLISH.assertNoWarnings(event);
    }

    /**
     * Passes if these rules, and only these, find nothing in the event (see
     * {@link EventAsserter#assertSatisfies(Event, Rule...)}).
     *
     * @param event the event
     * @param rules the rules to check, at least one
     * @throws AssertionError listing every finding of these rules, if there is one
     * @throws IllegalArgumentException if no rule is given, a rule is null or two share a name
     */
    public static void assertSatisfies(Event event, Rule... rules) {
        ENGLISH.assertSatisfies(event, rules);
    }

    /**
     * The findings of the event (its constraints and the built-in rules), to assert on.
     *
     * @param event the event
     * @return the assertion over its findings
     * @throws AssertionError if the event is null
     */
    public static FindingsAssertion assertFindings(Event event) {
        return ENGLISH.assertFindings(event);
    }

    /**
     * An expected finding of this rule at this path: see {@link ExpectedFinding}.
     *
     * @param rule the rule's name, such as {@code times-in-order}
     * @param path the property path, such as {@code programme.days[0].items[2].start}
     * @return the expected finding
     * @throws IllegalArgumentException if a part is null
     */
    public static ExpectedFinding finding(String rule, String path) {
        return ExpectedFinding.of(rule, path);
    }

    /**
     * The assertions in English, with the built-in rules: what the static methods do.
     *
     * @return the asserter
     */
    public static EventAsserter inEnglish() {
        return ENGLISH;
    }

    /**
     * The assertions in French, with the built-in rules.
     *
     * @return the asserter
     */
    public static EventAsserter inFrench() {
        return in(Locale.FRENCH);
    }

    /**
     * The assertions in this locale's language where Disputatio has it (English and French),
     * else in English, with the built-in rules.
     *
     * @param locale the language wanted
     * @return the asserter
     * @throws IllegalArgumentException if the locale is null
     */
    public static EventAsserter in(Locale locale) {
        if (locale == null) {
            throw new IllegalArgumentException("locale must not be null");
        }
        return new EventAsserter(EventValidator.forLocale(locale));
    }

    /**
     * The assertions in English with the built-in rules and these of your own.
     *
     * @param rules the rules to add
     * @return the asserter
     * @throws IllegalArgumentException if a rule is null or its name is taken
     */
    public static EventAsserter withRules(Rule... rules) {
        return ENGLISH.withRules(rules);
    }
}
