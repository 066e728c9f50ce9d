package org.disputatio.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.disputatio.validation.internal.Messages;

/**
 * Every finding of one validation, errors first, then by property path (with list indexes in
 * numeric order), then by message. Immutable and thread-safe.
 *
 * <p>Equality is by findings; the locale only chooses the words of {@link #toText()}.
 */
public final class ValidationReport {

    private static final String KEY = "org.disputatio.validation.report.";

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::path, ValidationReport::comparePaths)
            .thenComparing(Finding::message);

    private final List<Finding> findings;
    private final Locale locale;

    private ValidationReport(List<Finding> findings, Locale locale) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        this.findings = List.copyOf(sorted);
        this.locale = locale;
    }

    /**
     * A report of these findings, in any order, rendered in English.
     *
     * @param findings the findings, copied and sorted
     * @return the report
     * @throws NullPointerException if the list or a finding is null
     */
    public static ValidationReport of(List<Finding> findings) {
        return of(findings, Locale.ENGLISH);
    }

    /**
     * A report of these findings, in any order, whose {@link #toText()} speaks this locale's
     * language (English or French; English for any other).
     *
     * @param findings the findings, copied and sorted
     * @param locale the language of {@link #toText()}
     * @return the report
     * @throws NullPointerException if the list, a finding or the locale is null
     */
    public static ValidationReport of(List<Finding> findings, Locale locale) {
        return new ValidationReport(Objects.requireNonNull(findings, "findings"), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Every finding, errors and warnings.
     *
     * @return the findings in report order, unmodifiable; empty if there are none
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings that make the event wrong.
     *
     * @return the {@link Severity#ERROR} findings in report order, unmodifiable
     */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * The findings that leave the event usable but incomplete.
     *
     * @return the {@link Severity#WARNING} findings in report order, unmodifiable
     */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /**
     * No errors; warnings allowed.
     *
     * @return true if no finding is an error
     */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings at exactly this path.
     *
     * @param path a property path ({@code programme.days[0].items[3].start}), or {@code ""} for
     *     findings on the whole event; findings below it are not included
     * @return those findings in report order, unmodifiable; empty if there are none
     */
    public List<Finding> at(String path) {
        return findings.stream().filter(f -> f.path().equals(path)).toList();
    }

    /**
     * The report as text a person can read: a summary line, then one line per finding.
     * <pre>
     * 1 error, 1 warning
     * ERROR   programme.days[0].items[3].start: starts at 09:00, before ...
     * WARNING programme.days[0].items[1].title: missing translation: en
     * </pre>
     *
     * @return the text, each line ending in a newline, in the report's language
     */
    public String toText() {
        Messages words = Messages.of(locale);
        int errors = errors().size();
        int warnings = warnings().size();
        String error = words.word(KEY + "error");
        String warning = words.word(KEY + "warning");
        int width = Math.max(error.length(), warning.length());
        StringBuilder out = new StringBuilder();
        out.append(errors).append(' ').append(words.word(KEY + "errors." + count(errors)))
                .append(", ")
                .append(warnings).append(' ').append(words.word(KEY + "warnings." + count(warnings)))
                .append('\n');
        for (Finding finding : findings) {
            String severity = finding.severity() == Severity.ERROR ? error : warning;
            out.append(String.format("%-" + width + "s %s: %s\n", severity,
                    finding.path().isEmpty() ? "(event)" : finding.path(), finding.message()));
        }
        return out.toString();
    }

    /** The plural form a count takes: its own word for none (French says "0 erreur"), one, many. */
    private static String count(int n) {
        return n == 0 ? "zero" : n == 1 ? "one" : "many";
    }

    /**
     * Fails a test when there are errors.
     *
     * @return this report, so that a test can go on to look at its warnings
     * @throws AssertionError with {@link #toText()} as its message, if any finding is an error
     */
    public ValidationReport assertValid() {
        if (!isValid()) {
            throw new AssertionError("event is not valid: " + toText());
        }
        return this;
    }

    /**
     * Fails a test when there is any finding, warnings included.
     *
     * @return this report, which then has no finding
     * @throws AssertionError with {@link #toText()} as its message
     */
    public ValidationReport assertNoFindings() {
        if (!findings.isEmpty()) {
            throw new AssertionError("event has findings: " + toText());
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport && ((ValidationReport) other).findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Compares paths piece by piece, runs of digits by numeric value: items[2] before items[10]. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                // Leading zeros do not count, but a number keeps at least its last digit.
                int startA = i;
                while (startA < endA - 1 && a.charAt(startA) == '0') {
                    startA++;
                }
                int startB = j;
                while (startB < endB - 1 && b.charAt(startB) == '0') {
                    startB++;
                }
                int byLength = Integer.compare(endA - startA, endB - startB);
                if (byLength != 0) {
                    return byLength;
                }
                for (int k = 0; k < endA - startA; k++) {
                    int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
                    if (byDigit != 0) {
                        return byDigit;
                    }
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
