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

    /**
     * Copies every list, refusing a null list or element.
     *
     * @param summary the summary paragraphs, copied
     * @param themes the themes, copied
     * @param dimensions the dimensions, copied
     * @param quotes the quotes, copied
     * @param acknowledgements the acknowledgements, copied
     * @throws NullPointerException if a list or an element is null
     */
    public Proceedings {
        summary = Checks.copy(summary, "summary");
        themes = Checks.copy(themes, "themes");
        dimensions = Checks.copy(dimensions, "dimensions");
        quotes = Checks.copy(quotes, "quotes");
        acknowledgements = Checks.copy(acknowledgements, "acknowledgements");
    }

    /**
     * No proceedings recorded.
     *
     * @return the proceedings with every list empty
     */
    public static Proceedings none() {
        return NONE;
    }

    /**
     * Whether nothing is recorded.
     *
     * @return true if every list is empty
     */
    public boolean isEmpty() {
        return summary.isEmpty() && themes.isEmpty() && dimensions.isEmpty() && quotes.isEmpty()
                && acknowledgements.isEmpty();
    }

    /**
     * A builder that collects the parts in order.
     *
     * @return a new, empty builder
     */
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

        /**
         * Adds a summary paragraph.
         *
         * @param paragraph the paragraph, after those already added; null is refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder paragraph(LocalizedText paragraph) {
            summary.add(paragraph);
            return this;
        }

        /**
         * Adds a theme or keyword.
         *
         * @param theme the theme ({@code prism}); null is refused by {@link #build()}
         * @return this builder
         */
        public Builder theme(Term theme) {
            themes.add(theme);
            return this;
        }

        /**
         * Adds a dimension the debate covered.
         *
         * @param dimension the dimension ({@code legal}); null is refused by {@link #build()}
         * @return this builder
         */
        public Builder dimension(Term dimension) {
            dimensions.add(dimension);
            return this;
        }

        /**
         * Adds an attributed quote.
         *
         * @param quote the quote; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder quote(Quote quote) {
            quotes.add(quote);
            return this;
        }

        /**
         * Adds an acknowledgement.
         *
         * @param acknowledgement the thanks as printed; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder acknowledgement(LocalizedText acknowledgement) {
            acknowledgements.add(acknowledgement);
            return this;
        }

        /**
         * The proceedings.
         *
         * @return new proceedings holding copies of the lists collected
         * @throws NullPointerException if a null part was added
         */
        public Proceedings build() {
            return new Proceedings(summary, themes, dimensions, quotes, acknowledgements);
        }
    }
}
