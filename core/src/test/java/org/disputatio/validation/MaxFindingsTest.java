package org.disputatio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Programme;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.junit.jupiter.api.Test;

/**
 * A report keeps at most {@link EventValidator#maxFindings()} findings and counts the rest in one
 * last finding (issue #15: 445,000 double-booked items used to fill a 512 MB heap with findings).
 */
class MaxFindingsTest {

    /**
     * An event whose only person is in {@code items} items that all start at 09:00: every item but
     * the first is double-booked. The items share their title and participants, so that the event
     * itself stays small and what a test measures is validation.
     */
    static Event doubleBooked(int items) {
        Session template = Session.builder("s", AgendaItemKind.WORKSHOP).start(LocalTime.of(9, 0))
                .title(LocalizedText.of("fr", "Atelier", "en", "Workshop")).participant("ada", Roles.SPEAKER).build();
        List<AgendaItem> agenda = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            agenda.add(new Session("s" + i, template.kind(), template.start(), template.end(), template.title(),
                    template.description(), template.participants()));
        }
        return SmallEvents.builder().programme(Programme.of(SmallEvents.day(SmallEvents.DAY_ONE,
                agenda.toArray(AgendaItem[]::new)))).build();
    }

    private static List<Finding> summaries(ValidationReport report) {
        return report.findings().stream().filter(f -> f.constraint().equals(EventValidator.MAX_FINDINGS)).toList();
    }

    @Test
    void theFindingsPastTheLimitAreCountedInOneLastFinding() {
        Event event = doubleBooked(1_000);
        ValidationReport all = EventValidator.english().withMaxFindings(Integer.MAX_VALUE).validate(event);
        int total = all.findings().size();
        assertTrue(total >= 999, () -> total + " findings");
        assertTrue(summaries(all).isEmpty());

        ValidationReport limited = EventValidator.english().withMaxFindings(100).validate(event);
        assertEquals(101, limited.findings().size());
        List<Finding> summary = summaries(limited);
        assertEquals(1, summary.size());
        assertEquals(Severity.ERROR, summary.get(0).severity());
        assertEquals("", summary.get(0).path());
        assertTrue(summary.get(0).message().startsWith((total - 100) + " more findings were left out of this report, "
                + "past the 100 a validator keeps"), summary.get(0)::message);
        assertFalse(limited.isValid());
        // the kept ones are the first found, unchanged
        assertTrue(all.findings().containsAll(limited.findings().stream()
                .filter(f -> !f.constraint().equals(EventValidator.MAX_FINDINGS)).toList()));

        Finding french = summaries(EventValidator.forLocale(Locale.FRENCH).withMaxFindings(100).validate(event)).get(0);
        assertTrue(french.message().startsWith((total - 100) + " constats de plus ont été laissés hors de ce rapport"),
                french::message);
    }

    @Test
    void atTheLimitNothingIsLeftOut() {
        Event event = doubleBooked(11);
        int total = EventValidator.english().validate(event).findings().size();
        ValidationReport exactly = EventValidator.english().withMaxFindings(total).validate(event);
        assertEquals(total, exactly.findings().size());
        assertTrue(summaries(exactly).isEmpty());
    }

    @Test
    void onlyWarningsLeftOutGiveAWarning() {
        // translations missing in English: warnings only
        Event event = SmallEvents.builder().title(LocalizedText.of("fr", "Petite conférence"))
                .programme(Programme.of(SmallEvents.day(SmallEvents.DAY_ONE,
                        Session.builder("a", AgendaItemKind.WORKSHOP).title(LocalizedText.of("fr", "Un"))
                                .participant("ada", Roles.SPEAKER).build(),
                        Session.builder("b", AgendaItemKind.WORKSHOP).title(LocalizedText.of("fr", "Deux"))
                                .participant("alan", Roles.SPEAKER).build())))
                .build();
        ValidationReport all = EventValidator.english().validate(event);
        assertTrue(all.errors().isEmpty(), all::toText);
        assertTrue(all.warnings().size() >= 2, all::toText);
        ValidationReport limited = EventValidator.english().withMaxFindings(1).validate(event);
        assertEquals(2, limited.findings().size());
        assertEquals(Severity.WARNING, summaries(limited).get(0).severity());
        assertTrue(limited.isValid());
    }

    @Test
    void theLimitIsAtLeastOneAndKeptByTheOtherCopies() {
        assertEquals(EventValidator.DEFAULT_MAX_FINDINGS, EventValidator.english().maxFindings());
        assertThrows(IllegalArgumentException.class, () -> EventValidator.english().withMaxFindings(0));
        EventValidator limited = EventValidator.english().withMaxFindings(7);
        assertEquals(7, limited.maxFindings());
        assertEquals(7, limited.without("complete-translations").maxFindings());
        assertEquals(7, limited.withRules(new Rule() {
            @Override
            public String name() {
                return "mine";
            }

            @Override
            public Severity severity() {
                return Severity.WARNING;
            }

            @Override
            public void check(Event event, Findings findings) {
                for (int i = 0; i < 20; i++) {
                    findings.add("", "mine " + i);
                }
            }
        }).validate(SmallEvents.valid()).findings().size() - 1);
    }

    @Test
    void aDefaultValidatorKeepsAFewThousandFindings() {
        ValidationReport report = EventValidator.english().validate(doubleBooked(EventValidator.DEFAULT_MAX_FINDINGS + 500));
        assertEquals(EventValidator.DEFAULT_MAX_FINDINGS + 1, report.findings().size());
        assertEquals(1, summaries(report).size());
    }

    /** What the child JVM runs: validates an event of {@code args[0]} double-booked items, prints the count. */
    public static final class ValidateHugeEvent {
        public static void main(String[] args) {
            Event event = doubleBooked(Integer.parseInt(args[0]));
            ValidationReport report = EventValidator.english().validate(event);
            System.out.print(report.findings().size() + " " + summaries(report).get(0).message());
        }
    }

    /**
     * A million double-booked items validate within a 256 MB heap. In a child JVM, so that the
     * heap is that small; a few seconds. {@code -Ddisputatio.hugeEventItems=N} changes the size.
     */
    @Test
    void aMillionDoubleBookedItemsValidateWithin256Megabytes() throws IOException, InterruptedException {
        int items = Integer.getInteger("disputatio.hugeEventItems", 1_000_000);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ValidateHugeEvent.class.getName(), String.valueOf(items)))
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child JVM finished");
        String printed = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.startsWith((EventValidator.DEFAULT_MAX_FINDINGS + 1) + " "), printed);
    }
}
