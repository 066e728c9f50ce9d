package org.disputatio.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The languages the command's output is written in. */
public enum UiLanguage {
    /** English, the default. */
    EN("en", Locale.ENGLISH),
    /** French. */
    FR("fr", Locale.FRENCH);

    private final String tag;
    private final Locale locale;

    UiLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * The BCP 47 tag: {@code en}, {@code fr}.
     *
     * @return this language's tag, in lower case
     */
    public String tag() {
        return tag;
    }

    /**
     * The locale of this language, for dates, country names and validation messages.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language with this tag, case-insensitively.
     *
     * @param tag a tag as given to {@code --lang} ({@code fr}, {@code FR})
     * @return the language with that tag
     * @throws IllegalArgumentException if no language has that tag
     */
    public static UiLanguage fromTag(String tag) {
        for (UiLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + tag + "'");
    }

    @Override
    public String toString() {
        return tag;
    }

    /** Converts {@code --lang} values, with an error message that lists the choices. */
    static final class Converter implements ITypeConverter<UiLanguage> {
        @Override
        public UiLanguage convert(String value) {
            try {
                return fromTag(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not supported; use one of: "
                        + String.join(", ", new Tags()));
            }
        }
    }

    /** The tags, for {@code ${COMPLETION-CANDIDATES}} in help texts. */
    static final class Tags implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(UiLanguage::tag).iterator();
        }
    }
}
