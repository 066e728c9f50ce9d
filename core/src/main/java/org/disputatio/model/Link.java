package org.disputatio.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.disputatio.validation.constraints.LanguageTag;

/**
 * A link the event points its audience to, such as a participation platform.
 *
 * @param title the name of what is linked ("JE SUIS INTERNET")
 * @param tagline a slogan printed with it ("SPEAK UP FOR YOUR DIGITAL RIGHTS")
 * @param description what the reader can do there
 * @param languages the languages it is offered in, where the source names them
 * @param languageCount how many languages it is offered in, where the source gives only a number
 *     ("translated into 11 languages")
 */
public record Link(
        @NotNull URI url,
        LocalizedText title,
        LocalizedText tagline,
        LocalizedText description,
        List<@LanguageTag String> languages,
        Optional<@PositiveOrZero Integer> languageCount) {

    public Link {
        Checks.present(title, "title");
        Checks.present(tagline, "tagline");
        Checks.present(description, "description");
        languages = Checks.copy(languages, "languages");
        Checks.present(languageCount, "languageCount");
    }

    /** A bare link. */
    public static Link to(URI url) {
        return new Link(url, LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(), List.of(),
                Optional.empty());
    }

    public Link withTitle(LocalizedText title) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    public Link withTagline(LocalizedText tagline) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    public Link withDescription(LocalizedText description) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    public Link withLanguages(List<String> languages) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    public Link withLanguageCount(int languageCount) {
        return new Link(url, title, tagline, description, languages, Optional.of(languageCount));
    }
}
