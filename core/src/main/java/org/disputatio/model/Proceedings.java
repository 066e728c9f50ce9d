package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * What was said at an event.
 *
 * @param summary summary paragraphs, in order
 * @param themes themes and keywords discussed (signals intelligence, PRISM, trust among allies)
 * @param dimensions the dimensions the debate covered (societal, legal, diplomatic, commercial)
 * @param quotes attributed quotes
 * @param acknowledgements thanks printed with the proceedings
 */
public record Proceedings(
        List<LocalizedText> summary,
        List<@Valid Term> themes,
        List<@Valid Term> dimensions,
        List<@Valid Quote> quotes,
        List<LocalizedText> acknowledgements) {

    private static final Proceedings NONE = new Proceedings(List.of(), List.of(), List.of(), List.of(), List.of());

    public Proceedings {
        summary = Checks.copy(summary, "summary");
        themes = Checks.copy(themes, "themes");
        dimensions = Checks.copy(dimensions, "dimensions");
        quotes = Checks.copy(quotes, "quotes");
        acknowledgements = Checks.copy(acknowledgements, "acknowledgements");
    }

    /** No proceedings recorded. */
    public static Proceedings none() {
        return NONE;
    }

    public boolean isEmpty() {
        return summary.isEmpty() && themes.isEmpty() && dimensions.isEmpty() && quotes.isEmpty()
                && acknowledgements.isEmpty();
    }
}
