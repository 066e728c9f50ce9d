package org.disputatio.testkit;

import static org.disputatio.testkit.EventAssertions.finding;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.navigation.Agenda;
import org.disputatio.model.navigation.LocatedItem;
import org.disputatio.model.Session;
import org.disputatio.testkit.jqwik.Events;
import org.disputatio.testkit.jqwik.PlantedFault;
import org.disputatio.validation.Rule;
import org.disputatio.validation.Severity;

/** The README sample (root README and testkit/README.md) is this compiled code, quoted verbatim, and it runs. */
class ReadmeSampleProperties {

    // README:start
    /** The venue closes at 21:00: no item may end later. */
    static final Rule CLOSES_AT_NINE = Rule.of("closes-at-nine", Severity.ERROR, (event, findings) -> {
        for (LocatedItem located : Agenda.of(event).items()) { // every item, nested ones too
            if (located.item().end().filter(end -> end.isAfter(LocalTime.of(21, 0))).isPresent()) {
                findings.add(located.path() + ".end", "ends after 21:00");
            }
        }
    });

    /** The built-in rules and ours. */
    static final EventAsserter CHECK = EventAssertions.withRules(CLOSES_AT_NINE);

    @Example
    void aLateReceptionIsReported() {
        LocalDate day = LocalDate.of(2026, 5, 14);
        Event event = Event.builder("late").date(day).programme(Programme.of(ProgrammeDay.of(day,
                Session.builder("reception", AgendaItemKind.RECEPTION)
                        .start(LocalTime.of(19, 0)).end(LocalTime.of(22, 0)).build()))).build();
        CHECK.assertFindings(event).containsExactly(finding("closes-at-nine", "programme.days[0].items[0].end"));
    }

    @Property(tries = 100)
    void validProgrammesPassOurRuleToo(@ForAll("programmes") Event event) {
        CHECK.assertNoWarnings(event);
    }

    @Property(tries = 100)
    void aPlantedFaultIsReportedAloneAndOurRuleStaysSilent(@ForAll("faults") PlantedFault fault) {
        CHECK.assertFindings(fault.event()).containsExactly(fault.expectedFinding());
    }

    @Provide
    Arbitrary<Event> programmes() {
        return Events.valid().days(1, 3).itemsPerDay(0, 20).nesting(2).languages("en", "fr");
    }

    @Provide
    Arbitrary<PlantedFault> faults() {
        return Events.valid().days(1, 3).itemsPerDay(0, 20).nesting(2).languages("en", "fr").withAnyFault();
    }
    // README:end

    @Example
    void bothReadmesQuoteTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/testkit/ReadmeSampleProperties.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("    // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        for (String readme : new String[] {"README.md", "../README.md"}) {
            String text = Files.readString(Path.of(readme), StandardCharsets.UTF_8);
            assertTrue(text.contains("```java\n" + dedented + "```"),
                    () -> readme + " must quote the sample verbatim:\n" + dedented);
        }
    }
}
