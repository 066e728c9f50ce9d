package org.disputatio.cli;

import picocli.CommandLine.Option;

/** The {@code --lang} option: the language of the output. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = UiLanguage.Converter.class,
            completionCandidates = UiLanguage.Tags.class,
            description = "Language of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "Text missing in it is shown in another language, tagged like [fr].")
    UiLanguage language = UiLanguage.EN;

    public UiLanguage language() {
        return language;
    }
}
