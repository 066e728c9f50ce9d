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

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of {@link Proceedings}, each list in the order added. */
    public static final class Builder {
        private final java.util.List<LocalizedText> summary = new java.util.ArrayList<>();
        private final java.util.List<Term> themes = new java.util.ArrayList<>();
        private final java.util.List<Term> dimensions = new java.util.ArrayList<>();
        private final java.util.List<Quote> quotes = new java.util.ArrayList<>();
        private final java.util.List<LocalizedText> acknowledgements = new java.util.ArrayList<>();

        private Builder() {
        }

        /** Adds a summary paragraph. */
        public Builder paragraph(LocalizedText paragraph) {
            summary.add(paragraph);
            return this;
        }

        public Builder theme(Term theme) {
            themes.add(theme);
            return this;
        }

        public Builder dimension(Term dimension) {
            dimensions.add(dimension);
            return this;
        }

        public Builder quote(Quote quote) {
            quotes.add(quote);
            return this;
        }

        public Builder acknowledgement(LocalizedText acknowledgement) {
            acknowledgements.add(acknowledgement);
            return this;
        }

        public Proceedings build() {
            return new Proceedings(summary, themes, dimensions, quotes, acknowledgements);
        }
    }
}
