package org.disputatio.model.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.io.shape.PropertyPaths;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;

/** Every located item's path names that very item, and the agenda holds every item of the model once. */
class AgendaProperties {

    private static final LocalDate START = LocalDate.of(2030, 1, 1);

    @Property(tries = 150)
    void everyPathResolvesAndEveryItemIsLocatedOnce(@ForAll("events") Event event) {
        Agenda agenda = Agenda.of(event);
        List<AgendaItem> reachable = event.programme().items().toList();
        assertEquals(reachable.size(), agenda.items().size());
        PropertyPaths paths = PropertyPaths.of(event);
        for (int n = 0; n < reachable.size(); n++) {
            LocatedItem located = agenda.items().get(n);
            assertSame(reachable.get(n), located.item(), located.path());
            assertSame(located.item(), walk(event, located.path()), located.path());
            assertTrue(paths.problem(located.path()).isEmpty(), located.path());
            for (LocatedParticipation participation : located.participations()) {
                assertTrue(paths.problem(participation.path()).isEmpty(), participation.path());
                assertSame(participation.participation(), located.item().participants().get(participation.index()));
            }
        }
        int participations = reachable.stream().mapToInt(item -> item.participants().size()).sum();
        assertEquals(participations, agenda.participations().size());
        for (ItemPair pair : agenda.consecutivePairs()) {
            assertEquals(pair.first().parent(), pair.second().parent());
            assertEquals(pair.first().dayIndex(), pair.second().dayIndex());
            assertTrue(pair.first().dayIndex().isPresent());
            assertTrue(pair.first().position() < pair.second().position());
        }
    }

    private static final Pattern STEP = Pattern.compile("\\.?(days|items|unscheduled)\\[(\\d+)]");

    /** Follows {@code programme.days[d].items[i].items[j]...} or {@code programme.unscheduled[i]...} in the model. */
    private static AgendaItem walk(Event event, String path) {
        assertTrue(path.startsWith("programme."), path);
        Matcher step = STEP.matcher(path.substring("programme".length()));
        List<AgendaItem> siblings = null;
        AgendaItem item = null;
        int end = 0;
        while (step.find()) {
            assertEquals(end, step.start(), path);
            end = step.end();
            int index = Integer.parseInt(step.group(2));
            switch (step.group(1)) {
                case "days" -> siblings = event.programme().days().get(index).items();
                case "unscheduled" -> item = event.programme().unscheduled().get(index);
                default -> item = (siblings != null ? siblings : item.items()).get(index);
            }
            if (!"days".equals(step.group(1))) {
                siblings = null;
            }
        }
        assertEquals(path.length() - "programme".length(), end, path);
        return item;
    }

    @Provide
    Arbitrary<Event> events() {
        Arbitrary<List<List<AgendaItem>>> days = item(3).list().ofMaxSize(4).list().ofMaxSize(3);
        Arbitrary<List<AgendaItem>> unscheduled = item(2).list().ofMaxSize(2);
        return Combinators.combine(days, unscheduled).as((d, u) -> {
            List<ProgrammeDay> programmeDays = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                programmeDays.add(ProgrammeDay.of(START.plusDays(i), d.get(i)));
            }
            return Event.builder("generated").dates(START, START.plusDays(Math.max(0, d.size() - 1)))
                    .person(Speaker.builder("p0").name("P", "ZERO").build())
                    .person(Speaker.builder("p1").honorific("Ms").name("P", "ONE").build())
                    .programme(new Programme(programmeDays, u)).build();
        });
    }

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    /** An item, a panel or a session, in a track or not, with people, holding items up to {@code depth} more levels. */
    private static Arbitrary<AgendaItem> item(int depth) {
        Arbitrary<List<AgendaItem>> children = depth == 0 ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> item(depth - 1)).list().ofMaxSize(3);
        Arbitrary<String> track = Arbitraries.of("", "a", "b");
        Arbitrary<List<String>> people = Arbitraries.of("p0", "p1", "ghost").list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(true, false), track, people, children).as((panel, t, who, kids) -> {
            String id = "i" + IDS.incrementAndGet();
            var builder = panel ? Panel.builder(id) : Session.builder(id, AgendaItemKind.ADDRESS);
            if (!t.isEmpty()) {
                builder.track(t);
            }
            who.forEach(person -> builder.participant(person, Roles.SPEAKER));
            return builder.items(kids).build();
        });
    }
}
