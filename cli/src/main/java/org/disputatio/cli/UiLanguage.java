package org.disputatio.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The languages the command's output is written in. */
public enum UiLanguage {
    EN("en", Locale.ENGLISH),
    FR("fr", Locale.FRENCH);

    private final String tag;
    private final Locale locale;

    UiLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag: {@code en}, {@code fr}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this tag, case-insensitively. */
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
