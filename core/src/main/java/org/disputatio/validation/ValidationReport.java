package org.disputatio.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every finding of one validation, errors first, then by property path (with list indexes in
 * numeric order), then by message. Immutable and thread-safe.
 */
public final class ValidationReport {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::path, ValidationReport::comparePaths)
            .thenComparing(Finding::message);

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        this.findings = List.copyOf(sorted);
    }

    /** A report of these findings, in any order. */
    public static ValidationReport of(List<Finding> findings) {
        return new ValidationReport(Objects.requireNonNull(findings, "findings"));
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /** No errors; warnings allowed. */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The findings at exactly this path. */
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
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        long errors = errors().size();
        long warnings = warnings().size();
        out.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings").append('\n');
        for (Finding finding : findings) {
            out.append(String.format("%-7s %s: %s%n", finding.severity(),
                    finding.path().isEmpty() ? "(event)" : finding.path(), finding.message()));
        }
        return out.toString();
    }

    /**
     * Fails a test when there are errors.
     *
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
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numberA.length(), numberB.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = numberA.compareTo(numberB);
                if (byDigits != 0) {
                    return byDigits;
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
}
