package org.disputatio.testkit;

import java.util.Objects;
import java.util.Optional;
import org.disputatio.validation.Finding;
import org.disputatio.validation.Severity;

/**
 * A finding a test expects, identified by the rule (or constraint) that reports it and its
 * property path; its severity and a part of its message may be required too. Messages depend on
 * the language and may change wording, so a test that pins no message keeps passing in French.
 *
 * <pre>{@code
 * assertFindings(event).containsExactly(
 *         finding("no-double-booking", "programme.days[0].items[1].participants[0].person"),
 *         finding("complete-translations", "title").warning());
 * }</pre>
 *
 * @param rule the name of the rule that reports it ({@code no-double-booking}), or of the
 *     constraint ({@code NotBlank}): what {@link Finding#constraint()} holds
 * @param path its property path, {@code ""} for the event as a whole
 * @param severity the severity it must have, or empty for either
 * @param messagePart text its message must contain, or empty for any message
 */
public record ExpectedFinding(String rule, String path, Optional<Severity> severity, Optional<String> messagePart) {

    /**
     * Refuses a null part.
     *
     * @param rule the rule's name
     * @param path the path
     * @param severity the severity, or empty
     * @param messagePart the message part, or empty
     * @throws IllegalArgumentException if a part is null
     */
    public ExpectedFinding {
        require(rule, "rule");
        require(path, "path");
        require(severity, "severity");
        require(messagePart, "messagePart");
    }

    private static void require(Object part, String name) {
        if (part == null) {
            throw new IllegalArgumentException("an expected finding needs a " + name + ", not null");
        }
    }

    /**
     * A finding of this rule at this path, of either severity, with any message.
     *
     * @param rule the rule's name, such as {@code times-in-order}
     * @param path the property path, such as {@code programme.days[0].items[2].start}
     * @return the expected finding
     * @throws IllegalArgumentException if a part is null
     */
    public static ExpectedFinding of(String rule, String path) {
        return new ExpectedFinding(rule, path, Optional.empty(), Optional.empty());
    }

    /**
     * A finding of this severity, rule and path, with any message.
     *
     * @param severity the severity
     * @param rule the rule's name
     * @param path the property path
     * @return the expected finding
     * @throws IllegalArgumentException if a part is null
     */
    public static ExpectedFinding of(Severity severity, String rule, String path) {
        require(severity, "severity");
        return new ExpectedFinding(rule, path, Optional.of(severity), Optional.empty());
    }

    /**
     * This expected finding, which must be an error.
     *
     * @return a new expected finding
     */
    public ExpectedFinding error() {
        return new ExpectedFinding(rule, path, Optional.of(Severity.ERROR), messagePart);
    }

    /**
     * This expected finding, which must be a warning.
     *
     * @return a new expected finding
     */
    public ExpectedFinding warning() {
        return new ExpectedFinding(rule, path, Optional.of(Severity.WARNING), messagePart);
    }

    /**
     * This expected finding, whose message must contain this text.
     *
     * @param part the text, in the language of the assertion
     * @return a new expected finding
     * @throws IllegalArgumentException if the text is null
     */
    public ExpectedFinding withMessageContaining(String part) {
        require(part, "message part");
        return new ExpectedFinding(rule, path, severity, Optional.of(part));
    }

    /**
     * Whether a finding is one this describes.
     *
     * @param finding a finding of a validation
     * @return true if rule and path are equal and the severity and message agree where required
     */
    public boolean matches(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return finding.constraint().equals(rule) && finding.path().equals(path)
                && severity.map(s -> s == finding.severity()).orElse(true)
                && messagePart.map(part -> finding.message().contains(part)).orElse(true);
    }

    /** Reads as {@code ERROR programme.days[0].items[2].start (times-in-order) "starts at"}. */
    @Override
    public String toString() {
        return severity.map(s -> s + " ").orElse("") + (path.isEmpty() ? "(event)" : path) + " (" + rule + ")"
                + messagePart.map(part -> " \"" + part + "\"").orElse("");
    }
}
