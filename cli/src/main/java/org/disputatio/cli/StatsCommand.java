package org.disputatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disputatio.research.Corpus;
import org.disputatio.research.CorpusSummary;
import org.disputatio.research.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code disputatio stats FILE...|--sample NAME [--lang en|fr]}: a corpus at a glance, from the
 * research module's {@link Queries#summary(Corpus, int)}, walked once in constant memory.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Summarise one event or a corpus: how many events, agenda items, people and "
                + "organisations; people and participations by sector, by country and by role; the people "
                + "who appear in several items or events. In English or French (--lang).")
final class StatsCommand implements Callable<Integer> {

    /** How many people each list of repeaters shows. */
    static final int LISTED = 20;

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE",
            description = "Event files (.json, .xml), JSON Lines (.jsonl) or directories of them.")
    List<Path> files;

    @Option(names = "--sample", paramLabel = "NAME", description = "A built-in sample (see `disputatio samples`).")
    String sample;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        UiLanguage ui = language.language();
        Corpus corpus = CorpusInput.of(parent.source(), sample, files, ui.tag());
        CorpusSummary summary;
        try (Progress progress = Progress.over(spec.commandLine().getErr(), corpusSize(), false)) {
            summary = Queries.summary(corpus.peek(event -> progress.step()), LISTED);
        }
        PrintWriter out = spec.commandLine().getOut();
        new Printer(ui, out).print(summary);
        out.flush();
        return ExitCodes.OK;
    }

    /** The number of events when it is known before reading: one per file named, none for JSON Lines or a directory. */
    private long corpusSize() {
        return CorpusInput.size(sample, files);
    }

    /** Writes a summary as aligned text in one language. */
    static final class Printer {

        private final UiLanguage language;
        private final PrintWriter out;
        private final Localizer localizer;
        private final NumberFormat numbers;

        Printer(UiLanguage language, PrintWriter out) {
            this.language = language;
            this.out = out;
            this.localizer = new Localizer(language, List.of());
            this.numbers = NumberFormat.getIntegerInstance(language.locale());
        }

        void print(CorpusSummary summary) {
            String colon = Label.COLON.in(language);
            List<String[]> totals = List.of(
                    new String[] {Label.STATS_EVENTS.in(language), number(summary.events()), ""},
                    new String[] {Label.STATS_ITEMS.in(language), number(summary.items()), ""},
                    new String[] {Label.STATS_PEOPLE.in(language), number(summary.people()),
                        "(" + Label.STATS_PEOPLE_NOTE.format(language, "count", number(summary.participants())) + ")"},
                    new String[] {Label.STATS_ORGANISATIONS.in(language), number(summary.organisations()), ""},
                    new String[] {Label.STATS_PARTICIPATIONS.in(language), number(summary.participations()), ""});
            int keyWidth = 0;
            int numberWidth = 0;
            for (String[] total : totals) {
                keyWidth = Math.max(keyWidth, width(total[0] + colon));
                numberWidth = Math.max(numberWidth, width(total[1]));
            }
            for (String[] total : totals) {
                String key = total[0] + colon;
                out.println((key + " ".repeat(keyWidth - width(key) + 1) + " ".repeat(numberWidth - width(total[1]))
                        + total[1] + (total[2].isEmpty() ? "" : " " + total[2])).stripTrailing());
            }

            Map<String, String> roleLabels = new HashMap<>();
            summary.byRole().forEach(tally -> roleLabels.put(tally.value(), label(tally)));
            List<List<String[]>> sections = List.of(rows(summary.bySector(), false), rows(summary.byCountry(), true),
                    rows(summary.byRole(), false));
            List<String> headings = List.of(Label.STATS_BY_SECTOR.in(language), Label.STATS_BY_COUNTRY.in(language),
                    Label.STATS_BY_ROLE.in(language));
            String peopleHeading = Label.STATS_PEOPLE.in(language);
            String participationsHeading = Label.STATS_PARTICIPATIONS.in(language);
            int labelWidth = 0;
            int peopleWidth = width(peopleHeading);
            int participationsWidth = width(participationsHeading);
            for (int i = 0; i < sections.size(); i++) {
                labelWidth = Math.max(labelWidth, width(headings.get(i)) - 2);
                for (String[] row : sections.get(i)) {
                    labelWidth = Math.max(labelWidth, width(row[0]));
                    peopleWidth = Math.max(peopleWidth, width(row[1]));
                    participationsWidth = Math.max(participationsWidth, width(row[2]));
                }
            }
            for (int i = 0; i < sections.size(); i++) {
                out.println();
                out.println(pad(headings.get(i), labelWidth + 2) + "  " + left(peopleHeading, peopleWidth) + "  "
                        + left(participationsHeading, participationsWidth));
                for (String[] row : sections.get(i)) {
                    out.println("  " + pad(row[0], labelWidth) + "  " + left(row[1], peopleWidth) + "  "
                            + left(row[2], participationsWidth));
                }
                if (i == 1 && !sections.get(i).isEmpty()) {
                    out.println(Label.STATS_COUNTRY_NOTE.in(language));
                }
            }

            out.println();
            out.println(Label.STATS_IN_SEVERAL_ITEMS.in(language) + colon + " " + number(summary.inSeveralItemsCount()));
            boolean severalEvents = summary.events() > 1;
            for (Queries.Repeater repeater : summary.inSeveralItems()) {
                List<String> roles = new ArrayList<>();
                repeater.roles().forEach(role -> roles.add(roleLabels.getOrDefault(role, String.valueOf(role))));
                out.println("  " + name(repeater.personName(), repeater.personId())
                        + (severalEvents ? " (" + repeater.eventId() + ")" : "") + colon + " "
                        + Label.STATS_ITEM_COUNT.format(language, "count", number(repeater.itemIds().size()))
                        + " (" + String.join(", ", roles) + ")");
            }
            more(summary.inSeveralItemsCount(), summary.inSeveralItems().size());
            if (severalEvents) {
                out.println(Label.STATS_IN_SEVERAL_EVENTS.in(language) + colon + " "
                        + number(summary.inSeveralEventsCount()));
                for (CorpusSummary.Recurrence recurrence : summary.inSeveralEvents()) {
                    out.println("  " + name(recurrence.personName(), recurrence.personId()) + colon + " "
                            + Label.STATS_EVENT_COUNT.format(language, "count", number(recurrence.events())));
                }
                more(summary.inSeveralEventsCount(), summary.inSeveralEvents().size());
            }
        }

        private void more(long count, int listed) {
            if (count > listed) {
                out.println("  " + Label.STATS_MORE.format(language, "count", number(count - listed)));
            }
        }

        private List<String[]> rows(List<CorpusSummary.Tally> tallies, boolean countries) {
            List<String[]> rows = new ArrayList<>();
            for (CorpusSummary.Tally tally : tallies) {
                String label = countries && tally.value() != null ? localizer.country(tally.value()) : label(tally);
                rows.add(new String[] {label, number(tally.people()), number(tally.participations())});
            }
            return rows;
        }

        /** The label in the chosen language, else the code; "not stated" for the null value. */
        private String label(CorpusSummary.Tally tally) {
            if (tally.value() == null) {
                return Label.STATS_NOT_STATED.in(language);
            }
            return tally.label() != null ? tally.label() : tally.value();
        }

        private static String name(String name, String id) {
            return name != null ? name : String.valueOf(id);
        }

        private String number(long value) {
            return numbers.format(value);
        }

        private static String pad(String text, int width) {
            return text + " ".repeat(Math.max(0, width - width(text)));
        }

        private static String left(String text, int width) {
            return " ".repeat(Math.max(0, width - width(text))) + text;
        }

        private static int width(String text) {
            return text.codePointCount(0, text.length());
        }
    }
}
