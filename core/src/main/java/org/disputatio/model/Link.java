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
 * @param url where the link points
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

    /**
     * Copies the languages and checks that no part but the URL is null.
     *
     * @param url where the link points; null is reported by validation
     * @param title the name of what is linked, possibly empty
     * @param tagline the slogan, possibly empty
     * @param description what the reader can do there, possibly empty
     * @param languages the languages offered, copied; possibly empty
     * @param languageCount the number of languages offered, or empty
     * @throws NullPointerException if a part other than the URL, or a language, is null
     */
    public Link {
        Checks.present(title, "title");
        Checks.present(tagline, "tagline");
        Checks.present(description, "description");
        languages = Checks.copy(languages, "languages");
        Checks.present(languageCount, "languageCount");
    }

    /**
     * A bare link.
     *
     * @param url where it points
     * @return a link with no title, tagline, description or languages
     */
    public static Link to(URI url) {
        return new Link(url, LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(), List.of(),
                Optional.empty());
    }

    /**
     * This link with another title.
     *
     * @param title the name of what is linked; null is refused
     * @return a new link, equal to this one but for the title
     * @throws NullPointerException if the title is null
     */
    public Link withTitle(LocalizedText title) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    /**
     * This link with another tagline.
     *
     * @param tagline the slogan printed with it; null is refused
     * @return a new link, equal to this one but for the tagline
     * @throws NullPointerException if the tagline is null
     */
    public Link withTagline(LocalizedText tagline) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    /**
     * This link with another description.
     *
     * @param description what the reader can do there; null is refused
     * @return a new link, equal to this one but for the description
     * @throws NullPointerException if the description is null
     */
    public Link withDescription(LocalizedText description) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    /**
     * This link offered in these languages.
     *
     * @param languages BCP 47 tags, copied; null, or a null tag, is refused
     * @return a new link, equal to this one but for the languages
     * @throws NullPointerException if the list or a tag is null
     */
    public Link withLanguages(List<String> languages) {
        return new Link(url, title, tagline, description, languages, languageCount);
    }

    /**
     * This link offered in this many languages, where the source gives only a number.
     *
     * @param languageCount how many languages; a negative count is reported by validation
     * @return a new link, equal to this one but for the language count
     */
    public Link withLanguageCount(int languageCount) {
        return new Link(url, title, tagline, description, languages, Optional.of(languageCount));
    }
}
