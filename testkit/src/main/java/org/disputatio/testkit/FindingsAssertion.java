package org.disputatio.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disputatio.model.Event;
import org.disputatio.testkit.internal.Words;
import org.disputatio.validation.Finding;
import org.disputatio.validation.Severity;

/**
 * The findings of one event, to assert on: made by {@link EventAssertions#assertFindings(Event)}.
 * Each assertion returns this object, so that assertions chain.
 */
public final class FindingsAssertion {

    private final Event event;
    private final List<Finding> findings;
    private final Words words;

    FindingsAssertion(Event event, List<Finding> findings, Words words) {
        this.event = event;
        this.findings = findings;
        this.words = words;
    }

    /**
     * The findings, in programme order.
     *
     * @return the findings, unmodifiable
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Passes if the event has exactly these findings, in any order: each expected finding
     * matches one finding of its own, and no finding is left over.
     *
     * @param expected the findings expected; none for an event without any finding
     * @return this assertion
     * @throws AssertionError naming the expected findings not found, the findings not expected,
     *     and every finding, if they differ
     * @throws IllegalArgumentException if an expected finding is null
     */
    public FindingsAssertion containsExactly(ExpectedFinding... expected) {
        check(expected, true);
        return this;
    }

    /**
     * Passes if the event has these findings, in any order, and maybe others: each expected
     * finding matches one finding of its own.
     *
     * @param expected the findings expected
     * @return this assertion
     * @throws AssertionError naming the expected findings not found, and every finding, if one is missing
     * @throws IllegalArgumentException if an expected finding is null
     */
    public FindingsAssertion contains(ExpectedFinding... expected) {
        check(expected, false);
        return this;
    }

    /**
     * Passes if the event has no finding at all, as {@link EventAssertions#assertNoWarnings(Event)}.
     *
     * @return this assertion
     * @throws AssertionError listing every finding, if there is one
     */
    public FindingsAssertion isEmpty() {
        return containsExactly();
    }

    private void check(ExpectedFinding[] expected, boolean exactly) {
        if (expected == null || Arrays.asList(expected).contains(null)) {
            throw new IllegalArgumentException("expected findings must not be null");
        }
        int[] matchOf = match(Arrays.asList(expected));
        List<String> missing = new ArrayList<>();
        boolean[] used = new boolean[findings.size()];
        for (int e = 0; e < expected.length; e++) {
            if (matchOf[e] < 0) {
                missing.add(expected[e].toString());
            } else {
                used[matchOf[e]] = true;
            }
        }
        List<Finding> unexpected = new ArrayList<>();
        for (int f = 0; f < findings.size(); f++) {
            if (!used[f]) {
                unexpected.add(findings.get(f));
            }
        }
        if (missing.isEmpty() && (!exactly || unexpected.isEmpty())) {
            return;
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        StringBuilder message = new StringBuilder(words.unexpectedFindings(words.event(event.id()), exactly))
                .append('\n').append(words.plainLines(Arrays.stream(expected).map(Object::toString).toList()));
        if (!missing.isEmpty()) {
            message.append(words.missing()).append('\n').append(words.plainLines(missing));
        }
        if (exactly && !unexpected.isEmpty()) {
            message.append(words.unexpected()).append('\n').append(words.lines(unexpected));
        }
        message.append(words.allFindings(words.counts(errors, findings.size() - errors))).append('\n')
                .append(words.lines(findings));
        throw new AssertionError(message.toString());
    }

    /**
     * Pairs expected findings with findings, as many as can be (a maximum bipartite matching:
     * a loose expectation never takes the finding a stricter one needs).
     *
     * @return for each expected finding, the index of its finding, or -1
     */
    private int[] match(List<ExpectedFinding> expected) {
        int[] findingOwner = new int[findings.size()];
        Arrays.fill(findingOwner, -1);
        for (int e = 0; e < expected.size(); e++) {
            augment(e, expected, findingOwner, new boolean[findings.size()]);
        }
        int[] matchOf = new int[expected.size()];
        Arrays.fill(matchOf, -1);
        for (int f = 0; f < findingOwner.length; f++) {
            if (findingOwner[f] >= 0) {
                matchOf[findingOwner[f]] = f;
            }
        }
        return matchOf;
    }

    private boolean augment(int e, List<ExpectedFinding> expected, int[] findingOwner, boolean[] seen) {
        for (int f = 0; f < findings.size(); f++) {
            if (!seen[f] && expected.get(e).matches(findings.get(f))) {
                seen[f] = true;
                if (findingOwner[f] < 0 || augment(findingOwner[f], expected, findingOwner, seen)) {
                    findingOwner[f] = e;
                    return true;
                }
            }
        }
        return false;
    }
}
