package org.disputatio.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disputatio.validation.Finding;
import org.disputatio.validation.Severity;

/**
 * The words of the assertions' failure messages, in English or French. A handful of sentences,
 * kept here rather than in a resource bundle so that nothing has to be opened on the module path.
 */
public final class Words {

    private static final Words ENGLISH = new Words(false);
    private static final Words FRENCH = new Words(true);

    private final boolean french;

    private Words(boolean french) {
        this.french = french;
    }

    /**
     * The words for this locale: French for French, English for any other.
     *
     * @param locale the language wanted
     * @return the words
     */
    public static Words of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    /**
     * The language these words are in.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}
     */
    public Locale locale() {
        return french ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * How an event is named in a message.
     *
     * @param id the event's id, possibly null
     * @return {@code event "x"} or {@code l'événement « x »}
     */
    public String event(String id) {
        if (id == null || id.isBlank()) {
            return french ? "l'événement sans identifiant" : "the event without an id";
        }
        return french ? "l'événement « " + id + " »" : "event \"" + id + "\"";
    }

    /**
     * A count of errors and warnings.
     *
     * @param errors how many errors
     * @param warnings how many warnings
     * @return {@code 2 errors and 1 warning}
     */
    public String counts(long errors, long warnings) {
        if (french) {
            return errors + (errors > 1 ? " erreurs et " : " erreur et ") + warnings
                    + (warnings > 1 ? " avertissements" : " avertissement");
        }
        return errors + (errors == 1 ? " error and " : " errors and ") + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }

    /**
     * The headline of a failed {@code assertValid}.
     *
     * @param event the event, named by {@link #event(String)}
     * @param counts what it has, from {@link #counts(long, long)}
     * @return the headline, without a line end
     */
    public String notValid(String event, String counts) {
        return french ? capitalize(event) + " devait être valide, mais a " + counts + " :"
                : "expected " + event + " to be valid, but it has " + counts + ":";
    }

    /**
     * The headline of a failed {@code assertNoWarnings}.
     *
     * @param event the event
     * @param counts what it has
     * @return the headline
     */
    public String notClean(String event, String counts) {
        return french ? capitalize(event) + " ne devait avoir ni erreur ni avertissement, mais a " + counts + " :"
                : "expected " + event + " to have no error and no warning, but it has " + counts + ":";
    }

    /**
     * The headline of a failed {@code assertSatisfies}.
     *
     * @param event the event
     * @param rules the rules' names, joined
     * @param counts what they found
     * @return the headline
     */
    public String notSatisfied(String event, String rules, String counts) {
        return french ? capitalize(event) + " devait satisfaire " + rules + ", mais a " + counts + " :"
                : "expected " + event + " to satisfy " + rules + ", but it has " + counts + ":";
    }

    /**
     * The headline of a failed {@code containsExactly} or {@code contains}.
     *
     * @param event the event
     * @param exactly whether no other finding was allowed
     * @return the headline
     */
    public String unexpectedFindings(String event, boolean exactly) {
        if (french) {
            return capitalize(event) + (exactly ? " devait avoir exactement ces constats :" : " devait avoir ces constats :");
        }
        return "expected " + event + " to have " + (exactly ? "exactly these findings:" : "these findings:");
    }

    /**
     * The heading of the expected findings that were not found.
     *
     * @return the heading
     */
    public String missing() {
        return french ? "non trouvés :" : "not found:";
    }

    /**
     * The heading of the findings that were not expected.
     *
     * @return the heading
     */
    public String unexpected() {
        return french ? "non attendus :" : "not expected:";
    }

    /**
     * The heading of every finding of the event.
     *
     * @param counts the counts
     * @return the heading
     */
    public String allFindings(String counts) {
        return french ? "tous les constats (" + counts + ") :" : "all findings (" + counts + "):";
    }

    /**
     * What stands for no finding at all in a list.
     *
     * @return the words
     */
    public String none() {
        return french ? "(aucun)" : "(none)";
    }

    /**
     * A severity, as the lines of a failure message spell it.
     *
     * @param severity the severity
     * @return {@code ERROR}, {@code WARNING}, {@code ERREUR} or {@code AVERTISSEMENT}
     */
    public String severity(Severity severity) {
        if (french) {
            return severity == Severity.ERROR ? "ERREUR" : "AVERTISSEMENT";
        }
        return severity == Severity.ERROR ? "ERROR" : "WARNING";
    }

    /**
     * The rule names an {@code assertSatisfies} was given, as a phrase.
     *
     * @param names the names
     * @return {@code rule a} or {@code rules a, b}
     */
    public String rules(List<String> names) {
        String joined = String.join(", ", names);
        if (french) {
            return (names.size() == 1 ? "la règle " : "les règles ") + joined;
        }
        return (names.size() == 1 ? "rule " : "rules ") + joined;
    }

    /**
     * One line per finding, indented by two spaces, severities padded to one width:
     * {@code   ERROR   programme.days[0].items[2].start (times-in-order): starts at ...}.
     *
     * @param findings the findings, in the order wanted
     * @return the lines, each ending in a newline
     */
    public String lines(List<Finding> findings) {
        int width = Math.max(severity(Severity.ERROR).length(), severity(Severity.WARNING).length());
        StringBuilder out = new StringBuilder();
        if (findings.isEmpty()) {
            out.append("  ").append(none()).append('\n');
        }
        for (Finding finding : findings) {
            out.append("  ").append(String.format("%-" + width + "s ", severity(finding.severity())))
                    .append(finding.path().isEmpty() ? (french ? "(événement)" : "(event)") : finding.path())
                    .append(" (").append(finding.constraint()).append("): ")
                    .append(finding.message().replace("\n", "\n      ")).append('\n');
        }
        return out.toString();
    }

    /**
     * One line per description, indented by two spaces.
     *
     * @param descriptions the lines' texts
     * @return the lines, each ending in a newline
     */
    public String plainLines(List<String> descriptions) {
        List<String> lines = new ArrayList<>(descriptions);
        if (lines.isEmpty()) {
            lines.add(none());
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
