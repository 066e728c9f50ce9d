package org.disputatio.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.disputatio.model.Event;

/**
 * A check over a whole event that reports what it finds: an agenda invariant such as
 * {@link BuiltInRules#NO_DOUBLE_BOOKING}, or a rule of your own.
 *
 * <p>An {@link EventValidator} runs an ordered list of rules after the model's field constraints;
 * the built-in ones are {@link BuiltInRules#all()}. Add yours with
 * {@link EventValidator#withRules(Rule...)} and switch a built-in off by its name with
 * {@link EventValidator#without(String...)}:
 *
 * <pre>{@code
 * Rule everyPanelHasAModerator = Rule.of("panel-has-moderator", Severity.WARNING, (event, findings) -> {
 *     // ... findings.add("programme.days[0].items[2]", "no moderator");
 * });
 * ValidationReport report = EventValidator.english()
 *         .withRules(everyPanelHasAModerator)
 *         .without("complete-translations")
 *         .validate(event);
 * }</pre>
 *
 * <p>A rule is stateless and thread-safe: one instance may check many events at once.
 */
public interface Rule {

    /**
     * The rule's stable name, in lower case with hyphens ({@code no-double-booking}): what a
     * finding names as its {@link Finding#constraint() constraint} and what
     * {@link EventValidator#without(String...)} takes.
     *
     * @return the name, never null
     */
    String name();

    /**
     * How serious what this rule finds is: every finding it reports has this severity.
     *
     * @return the severity, never null
     */
    Severity severity();

    /**
     * Reports every problem of the event.
     *
     * @param event the event to check, never null
     * @param findings where each problem goes, with its path and message
     */
    void check(Event event, Findings findings);

    /**
     * Where a rule reports what it finds. The validator adds the rule's name and severity.
     */
    interface Findings {

        /**
         * Reports one problem.
         *
         * @param path where the problem is, as a property path from the event, such as
         *     {@code programme.days[0].items[3].start}; empty for the event as a whole
         * @param message what is wrong, in the language of {@link #locale()}
         */
        void add(String path, String message);

        /**
         * The language the validator reports in, for rules that word their messages in more
         * than one language.
         *
         * @return the validator's locale
         */
        Locale locale();
    }

    /**
     * A rule from a name, a severity and a check.
     *
     * @param name the rule's stable name: lower-case letters, digits and single hyphens, starting
     *     with a letter ({@code panel-has-moderator})
     * @param severity the severity of everything it finds
     * @param check what it does with an event and the findings
     * @return the rule
     * @throws IllegalArgumentException if the name is not of that form
     */
    static Rule of(String name, Severity severity, BiConsumer<Event, Findings> check) {
        return new FunctionalRule(requireName(name), Objects.requireNonNull(severity, "severity"),
                Objects.requireNonNull(check, "check"));
    }

    /**
     * Checks that a rule's name is of the form every rule name has.
     *
     * @param name the name to check
     * @return the name
     * @throws IllegalArgumentException if it is not lower-case letters, digits and single
     *     hyphens, starting with a letter
     */
    static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (!FunctionalRule.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule's name is lower-case letters, digits and single hyphens, "
                    + "starting with a letter, such as no-double-booking: '" + name + "'");
        }
        return name;
    }
}

/** What {@link Rule#of} makes. */
record FunctionalRule(String name, Severity severity, BiConsumer<Event, Rule.Findings> checker) implements Rule {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    @Override
    public void check(Event event, Findings findings) {
        checker.accept(event, findings);
    }

    @Override
    public String toString() {
        return "Rule[" + name + ", " + severity + "]";
    }
}
